import { StrictMode, startTransition } from 'react'
import './app/styles/tokens.css'
import './app/styles/base.css'
import './app/styles/components.css'
import './app/styles/layout.css'
import './app/styles/pages.css'
import { App } from './app/app'
import { type AppRouter, createRouter } from './app/router'
import { registerServiceWorker } from './app/service-worker'
import { loadIntlData } from './lib/dates'
import { detectLanguage, startI18n } from './lib/i18n'
import { nextTask } from './lib/next-task'
import { createQueryClient } from './lib/query-client'
import { meQuery } from './lib/session/get-me'

const container = document.getElementById('root')
if (!container) throw new Error('Rebond: the #root element is missing from index.html')

const queryClient = createQueryClient()

// The first render is a transition: React renders it a slice at a time (5 ms each), the browser free to paint and
// answer a tap between slices, instead of in one task that blocked the main thread for 280 to 320 ms at Lighthouse's
// 4× CPU slowdown (issue 13). It also commits once the first page is ready, not its loading state first when the
// page's code is already there. A first page that waits still shows its loading state (router.tsx).
async function render(router: AppRouter) {
  // React DOM's own start (7 ms here) comes in this task, not in the modules' evaluation.
  const { createRoot } = await import('react-dom/client')
  const root = createRoot(container as HTMLElement)
  startTransition(() => {
    root.render(
      <StrictMode>
        <App router={router} queryClient={queryClient} />
      </StrictMode>,
    )
  })
}

/**
 * The app starts in steps, each in a task of its own after the modules' evaluation, so that the browser can paint
 * and answer a tap between them. Done as the modules were evaluated, they made one task of 73 ms on a 2-core machine,
 * about 300 ms at Lighthouse's 4× CPU slowdown, all of it blocking a phone (issue 13). The first page's code and its
 * texts are already on their way meanwhile (the server's Link header).
 */
async function start() {
  await nextTask()
  // The dates' and numbers' data first: its worker takes 0.3 to 0.4 s (lib/dates.ts, loadIntlData). Reading the
  // language chosen on this device is the page's first use of its storage (13 ms here).
  loadIntlData(detectLanguage())
  await nextTask()
  // Who is signed in: every page waits for it.
  void queryClient.prefetchQuery(meQuery)
  await nextTask()
  // Should the texts fail to load (a lost connection at that moment), the app still starts.
  const texts = startI18n().catch(() => undefined)
  await nextTask()
  // The router starts loading the first page's chunk and its texts in the interface language, and the page's data
  // as soon as the session is known (app/read-ahead.ts).
  const router = createRouter(queryClient)
  await texts
  await nextTask()
  await render(router)
}

void start()
registerServiceWorker()
