import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router'
import { Button } from '../../components/ui/button'
import { Logo } from '../../components/ui/logo'
import { useDocumentTitle } from '../../lib/use-document-title'
import { NotFoundContent } from './not-found-content'

function ErrorContent() {
  const { t } = useTranslation('common')
  const error = useRouteError()
  const revalidator = useRevalidator()
  const queryClient = useQueryClient()
  useDocumentTitle(t('routeError.title'))

  useEffect(() => {
    console.error(error)
  }, [error])

  function retry() {
    // Failed queries start afresh, and revalidating resets this boundary so the page renders again.
    void queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' })
    void revalidator.revalidate()
  }

  return (
    <div className="page message-page" role="alert">
      <h1 className="page-title">{t('routeError.title')}</h1>
      <p>{t('routeError.body')}</p>
      <Button onClick={retry} pending={revalidator.state === 'loading'} pendingLabel={t('loading')}>
        {t('routeError.retry')}
      </Button>
    </div>
  )
}

/** Error boundary for one page: the rest of the frame (navigation) stays usable. */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundContent />
  return <ErrorContent />
}

/** Error boundary when a whole frame failed: a standalone page with the logo. */
export function RootError() {
  return (
    <main className="standalone" id="main">
      <div className="card standalone__card">
        <Logo />
        <RouteError />
      </div>
    </main>
  )
}
