import type { QueryClient } from '@tanstack/react-query'
import { type ComponentType, useEffect, useState } from 'react'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { markFirstPageShown } from '../lib/first-page-shown'
import { loadTexts, type Namespace } from '../lib/i18n'
import { nextTask } from '../lib/next-task'
import type { PagePrefetch } from '../lib/query-client'
import { PublicOnly, RequireAuth } from './layout/guards'
import { PublicLayout } from './layout/public-layout'
import { READS, type Reads, readAheadLoader } from './read-ahead'
import { RootLayout } from './root-layout'
import { RootError, RouteError } from './routes/route-error'
import { RouteLoading } from './routes/route-loading'

export type AppRouter = ReturnType<typeof createBrowserRouter>

/**
 * A page's module, its parts named as React Router's lazy routes name them: its component, and for some
 * what it fetches as its route opens (read-ahead.ts).
 */
type PageModule = { Component: ComponentType; prefetch?: PagePrefetch }
type Lazy = () => Promise<PageModule>

/**
 * A route's component that, once it has rendered, lets what waits for the first page start
 * (lib/first-page-shown.ts): the loading state before it does not count.
 */
function shownOnMount(Route: ComponentType): ComponentType {
  return function ShownRoute() {
    const [renderedAt] = useState(() => performance.now())
    useEffect(() => markFirstPageShown(renderedAt), [renderedAt])
    return <Route />
  }
}

/**
 * A lazily loaded route waits for its code and for its texts in the interface language. It asks for them in a task of
 * its own: the router calls every matched route's `lazy` and loader as it starts, and their work (Vite's stylesheet
 * links, the texts' imports, the reads) was a third of the router's first task on Home, 43 ms on a 2-core machine
 * (issue 13).
 */
function withTexts(
  namespaces: readonly Namespace[],
  load: Lazy,
): () => Promise<{ Component: ComponentType }> {
  return async () => {
    await nextTask()
    const [{ Component }] = await Promise.all([load(), loadTexts(namespaces)])
    return { Component: shownOnMount(Component) }
  }
}

/**
 * A page whose code is its own chunk, fetched when the page is first opened, with its texts: the first
 * load carries the frame (router, guards) and the page asked for, not every page. On a first visit the
 * accessible loading state shows meanwhile; between pages the current one stays, the navigation's
 * progress announced (root-layout.tsx).
 */
function page(path: string, namespaces: readonly Namespace[], load: Lazy): RouteObject {
  return {
    path,
    lazy: withTexts(namespaces, load),
    hydrateFallbackElement: <RouteLoading />,
    errorElement: <RouteError />,
  }
}

/**
 * A signed-in page whose data is asked beside its code and renders with it (read-ahead.ts), not asked
 * once it has rendered. Its loader runs when the page opens, not again as its address's search or
 * parameters change (a period, a debrief step): there the page fetches what it needs itself, as before.
 */
function pageReading(
  queryClient: QueryClient,
  reads: Reads,
  ...[path, namespaces, load]: Parameters<typeof page>
): RouteObject {
  return {
    ...page(path, namespaces, load),
    loader: readAheadLoader(queryClient, reads, load),
    shouldRevalidate: () => false,
  }
}

const INTERVIEWS: readonly Namespace[] = ['interviews', 'debrief', 'feedback', 'preparation', 'rebound']
/** The debrief's steps write with the interviews' and the debrief's texts only. */
const DEBRIEF: readonly Namespace[] = ['interviews', 'debrief']
const REHEARSAL: readonly Namespace[] = ['rehearsal', 'mock', 'recorder', 'pages']
/**
 * Progress writes its voice trend's summary with the recorder's texts: announced, they arrive with the page's own,
 * instead of after its first render (their keys shown meanwhile, then every section drawn again when they land).
 */
const PROGRESS: readonly Namespace[] = ['progress', 'recorder']

/**
 * The signed-in frame (navigation, waiting debriefs): the public pages do not carry it. It writes with the first
 * texts; its waiting debriefs bring the interviews' texts when they show (app-shell.tsx).
 */
const signedInFrame = withTexts([], () => import('./layout/app-shell'))

/** Unknown paths, in the signed-in frame for a signed-in visitor: that frame's texts come too. */
const notFound = withTexts(['interviews'], () => import('./routes/not-found'))

const welcome = withTexts([], () => import('../features/welcome/routes/welcome-page'))

const debriefPage: Lazy = () => import('../features/interviews/routes/debrief-page')

/** The pages of the signed-in frame. */
const signedInPages = (queryClient: QueryClient): RouteObject[] => [
  pageReading(
    queryClient,
    READS.home,
    'home',
    ['home', 'feedback', 'preparation', 'rebound'],
    () => import('../features/home/routes/home-page'),
  ),
  page('interviews', INTERVIEWS, () => import('../features/interviews/routes/interviews-page')),
  page('interviews/new', INTERVIEWS, () => import('../features/interviews/routes/new-interview-page')),
  page('interviews/:id', INTERVIEWS, () => import('./routes/interview-route')),
  pageReading(queryClient, READS.debrief, 'interviews/:id/debrief', DEBRIEF, debriefPage),
  pageReading(queryClient, READS.debrief, 'interviews/:id/debrief/:step', DEBRIEF, debriefPage),
  page('interviews/:id/summary', INTERVIEWS, () => import('../features/interviews/routes/summary-page')),
  page('interviews/:id/prep', ['preparation'], () => import('../features/preparation/routes/prep-page')),
  page('pitch', ['preparation'], () => import('../features/preparation/routes/pitch-page')),
  page('interviews/:id/feedback', ['feedback'], () => import('../features/feedback/routes/feedback-page')),
  page('rebound/:id', ['rebound'], () => import('../features/rebound/routes/rebound-page')),
  pageReading(
    queryClient,
    READS.rehearsal,
    'rehearsal',
    REHEARSAL,
    () => import('../features/rehearsal/routes/rehearsal-page'),
  ),
  page('mock-interview', REHEARSAL, () => import('../features/mock-interview/routes/mock-setup-page')),
  page('mock-interview/:id', REHEARSAL, () => import('../features/mock-interview/routes/mock-session-page')),
  page('rehearsal/deck', REHEARSAL, () => import('../features/rehearsal/routes/deck-page')),
  page('rehearsal/bank', REHEARSAL, () => import('../features/rehearsal/routes/bank-page')),
  page('rehearsal/cram/:interviewId', REHEARSAL, () => import('../features/rehearsal/routes/cram-page')),
  page('rehearsal/cards/:id', REHEARSAL, () => import('../features/rehearsal/routes/card-page')),
  page('rehearsal/analyzer', REHEARSAL, () => import('../features/rehearsal/routes/analyzer-page')),
  pageReading(
    queryClient,
    READS.progress,
    'progress',
    PROGRESS,
    () => import('../features/progress/routes/progress-page'),
  ),
  page('progress/report', ['progress'], () => import('../features/progress/routes/report-page')),
  page('people', ['supporting'], () =>
    import('../features/supporting/routes/shared-routes').then((m) => ({ Component: m.PeopleRoute })),
  ),
  page('shared/:id/*', ['supporting', 'coaching'], () =>
    import('../features/supporting/routes/shared-routes').then((m) => ({ Component: m.SharedRoutes })),
  ),
  page('coaching/:linkId', ['coaching'], () => import('../features/coaching/routes/review-page')),
  page('account', ['account'], () => import('../features/account/routes/account-page')),
]

// Each page has its own error boundary, so a failing page keeps the navigation around it;
// the frames have theirs, and the root catches the rest.
export function createRouter(queryClient: QueryClient): AppRouter {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RootError />,
      children: [
        {
          element: <PublicLayout />,
          errorElement: <RootError />,
          children: [
            {
              element: <PublicOnly />,
              errorElement: <RouteError />,
              children: [
                {
                  index: true,
                  lazy: welcome,
                  hydrateFallbackElement: <RouteLoading />,
                  errorElement: <RouteError />,
                },
                page('signup', [], () => import('../features/auth/routes/signup-page')),
                page('login', [], () => import('../features/auth/routes/login-page')),
                page('forgot-password', [], () => import('../features/auth/routes/forgot-password-page')),
                page('reset-password', [], () => import('../features/auth/routes/reset-password-page')),
              ],
            },
            // Open signed in or out: it leads a signed-out visitor to sign in or up, then back.
            page('invitation', ['supporting'], () => import('../features/supporting/routes/invitation-page')),
          ],
        },
        {
          element: <RequireAuth />,
          errorElement: <RootError />,
          children: [
            {
              lazy: signedInFrame,
              // The frame stays while its pages change: its reads are asked when it first opens.
              loader: readAheadLoader(queryClient, READS.frame),
              shouldRevalidate: () => false,
              hydrateFallbackElement: <RouteLoading />,
              errorElement: <RootError />,
              children: signedInPages(queryClient),
            },
          ],
        },
        { path: '*', lazy: notFound, hydrateFallbackElement: <RouteLoading />, errorElement: <RootError /> },
      ],
    },
  ])
}
