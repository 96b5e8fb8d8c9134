import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useEffect } from 'react'
import { I18nextProvider } from 'react-i18next'
import { RouterProvider } from 'react-router'
import { i18n } from '../lib/i18n'
import { followOtherTabs } from '../lib/session/session'
import type { AppRouter } from './router'

type AppProps = { router: AppRouter; queryClient: QueryClient }

export function App({ router, queryClient }: AppProps) {
  useEffect(() => followOtherTabs(queryClient, (path) => window.location.replace(path)), [queryClient])
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  )
}
