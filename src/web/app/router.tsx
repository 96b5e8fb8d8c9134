import { createBrowserRouter } from 'react-router'
import { AccountPage } from '../features/account/routes/account-page'
import { ForgotPasswordPage } from '../features/auth/routes/forgot-password-page'
import { LoginPage } from '../features/auth/routes/login-page'
import { ResetPasswordPage } from '../features/auth/routes/reset-password-page'
import { SignupPage } from '../features/auth/routes/signup-page'
import { FeedbackPage } from '../features/feedback/routes/feedback-page'
import { HomePage } from '../features/home/routes/home-page'
import { DebriefPage } from '../features/interviews/routes/debrief-page'
import { InterviewPage } from '../features/interviews/routes/interview-page'
import { InterviewsPage } from '../features/interviews/routes/interviews-page'
import { NewInterviewPage } from '../features/interviews/routes/new-interview-page'
import { SummaryPage } from '../features/interviews/routes/summary-page'
import { MockSessionPage } from '../features/mock-interview/routes/mock-session-page'
import { MockSetupPage } from '../features/mock-interview/routes/mock-setup-page'
import { PitchPage } from '../features/preparation/routes/pitch-page'
import { PrepPage } from '../features/preparation/routes/prep-page'
import { RejectionOffer } from '../features/rebound/components/rejection-offer'
import { ReboundPage } from '../features/rebound/routes/rebound-page'
import { BankPage } from '../features/rehearsal/routes/bank-page'
import { CramPage } from '../features/rehearsal/routes/cram-page'
import { DeckPage } from '../features/rehearsal/routes/deck-page'
import { RehearsalPage } from '../features/rehearsal/routes/rehearsal-page'
import { WelcomePage } from '../features/welcome/routes/welcome-page'
import { AppShell } from './layout/app-shell'
import { PublicOnly, RequireAuth } from './layout/guards'
import { PublicLayout } from './layout/public-layout'
import { RootLayout } from './root-layout'
import { NotFoundRoute } from './routes/not-found'
import { RootError, RouteError } from './routes/route-error'
import { RouteLoading } from './routes/route-loading'

// Each page has its own error boundary, so a failing page keeps the navigation around it;
// the frames have theirs, and the root catches the rest.
export function createRouter() {
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
                { index: true, element: <WelcomePage />, errorElement: <RouteError /> },
                { path: 'signup', element: <SignupPage />, errorElement: <RouteError /> },
                { path: 'login', element: <LoginPage />, errorElement: <RouteError /> },
                { path: 'forgot-password', element: <ForgotPasswordPage />, errorElement: <RouteError /> },
                { path: 'reset-password', element: <ResetPasswordPage />, errorElement: <RouteError /> },
              ],
            },
          ],
        },
        {
          element: <RequireAuth />,
          errorElement: <RootError />,
          children: [
            {
              element: <AppShell />,
              errorElement: <RootError />,
              children: [
                { path: 'home', element: <HomePage />, errorElement: <RouteError /> },
                { path: 'interviews', element: <InterviewsPage />, errorElement: <RouteError /> },
                { path: 'interviews/new', element: <NewInterviewPage />, errorElement: <RouteError /> },
                {
                  // The rebound offer is composed here: features do not import each other.
                  path: 'interviews/:id',
                  element: <InterviewPage rejectionOffer={RejectionOffer} />,
                  errorElement: <RouteError />,
                },
                { path: 'interviews/:id/debrief', element: <DebriefPage />, errorElement: <RouteError /> },
                {
                  path: 'interviews/:id/debrief/:step',
                  element: <DebriefPage />,
                  errorElement: <RouteError />,
                },
                { path: 'interviews/:id/summary', element: <SummaryPage />, errorElement: <RouteError /> },
                { path: 'interviews/:id/prep', element: <PrepPage />, errorElement: <RouteError /> },
                { path: 'pitch', element: <PitchPage />, errorElement: <RouteError /> },
                { path: 'interviews/:id/feedback', element: <FeedbackPage />, errorElement: <RouteError /> },
                { path: 'rebound/:id', element: <ReboundPage />, errorElement: <RouteError /> },
                { path: 'rehearsal', element: <RehearsalPage />, errorElement: <RouteError /> },
                { path: 'mock-interview', element: <MockSetupPage />, errorElement: <RouteError /> },
                { path: 'mock-interview/:id', element: <MockSessionPage />, errorElement: <RouteError /> },
                { path: 'rehearsal/deck', element: <DeckPage />, errorElement: <RouteError /> },
                { path: 'rehearsal/bank', element: <BankPage />, errorElement: <RouteError /> },
                { path: 'rehearsal/cram/:interviewId', element: <CramPage />, errorElement: <RouteError /> },
                {
                  // With the answer editor and its analyzer: its own chunk, like the analyzer page.
                  path: 'rehearsal/cards/:id',
                  lazy: async () => {
                    const { CardPage } = await import('../features/rehearsal/routes/card-page')
                    return { Component: CardPage }
                  },
                  hydrateFallbackElement: <RouteLoading />,
                  errorElement: <RouteError />,
                },
                {
                  // Its own chunk, with the analyzer: the other pages do not carry its weight.
                  path: 'rehearsal/analyzer',
                  lazy: async () => {
                    const { AnalyzerPage } = await import('../features/rehearsal/routes/analyzer-page')
                    return { Component: AnalyzerPage }
                  },
                  hydrateFallbackElement: <RouteLoading />,
                  errorElement: <RouteError />,
                },
                {
                  // Its own chunk; its charts (recharts) load in another, once the page asks for them.
                  path: 'progress',
                  lazy: async () => {
                    const { ProgressPage } = await import('../features/progress/routes/progress-page')
                    return { Component: ProgressPage }
                  },
                  hydrateFallbackElement: <RouteLoading />,
                  errorElement: <RouteError />,
                },
                {
                  path: 'progress/report',
                  lazy: async () => {
                    const { ReportPage } = await import('../features/progress/routes/report-page')
                    return { Component: ReportPage }
                  },
                  hydrateFallbackElement: <RouteLoading />,
                  errorElement: <RouteError />,
                },
                { path: 'account', element: <AccountPage />, errorElement: <RouteError /> },
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundRoute />, errorElement: <RootError /> },
      ],
    },
  ])
}
