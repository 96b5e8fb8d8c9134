import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { RouterProvider } from 'react-router'
import { i18n } from '../lib/i18n'
import { createQueryClient } from '../lib/query-client'
import { followOtherTabs } from '../lib/session/session'
import type { AppRouter } from './router'

type AppProps = { router: AppRouter }

export function App({ router }: AppProps) {
  const [queryClient] = useState(createQueryClient)
  useEffect(() => followOtherTabs(queryClient, (path) => window.location.replace(path)), [queryClient])
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  )
}
