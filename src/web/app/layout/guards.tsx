import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router'
import { Button } from '../../components/ui/button'
import { PageLoading } from '../../components/ui/loading'
import { Logo } from '../../components/ui/logo'
import { useDescribeError } from '../../lib/error-text'
import { loginPathFor, safeNextPath } from '../../lib/safe-redirect'
import { useMe } from '../../lib/session/get-me'
import { clearSessionExit, getSessionExit } from '../../lib/session/session'
import { useDocumentTitle } from '../../lib/use-document-title'

/** Signed-in pages: signed-out visitors go to sign-in, and come back here afterwards. */
export function RequireAuth() {
  const { t } = useTranslation('common')
  const me = useMe()
  const location = useLocation()

  if (me.data === undefined) {
    if (me.isError)
      return <SessionLoadError error={me.error} retrying={me.isFetching} onRetry={() => me.refetch()} />
    return <PageLoading label={t('loadingSession')} />
  }
  if (me.data === null) {
    const exit = getSessionExit()
    if (exit) return <Navigate to="/" replace state={{ notice: exit }} />
    return <Navigate to={loginPathFor(`${location.pathname}${location.search}`)} replace />
  }
  return <Outlet />
}

/** Welcome, sign-up and sign-in: signed-in visitors go on to the app. */
export function PublicOnly() {
  const { t } = useTranslation('common')
  const me = useMe()
  const [searchParams] = useSearchParams()

  useEffect(() => {
    if (me.data === null) clearSessionExit()
  }, [me.data])

  if (me.isPending) return <PageLoading label={t('loading')} />
  // If the server cannot be reached, the public pages still show; their forms explain the problem.
  if (me.data) return <Navigate to={safeNextPath(searchParams.get('next'))} replace />
  return <Outlet />
}

type SessionLoadErrorProps = { error: unknown; retrying: boolean; onRetry: () => void }

function SessionLoadError({ error, retrying, onRetry }: SessionLoadErrorProps) {
  const { t } = useTranslation('common')
  const describe = useDescribeError()
  useDocumentTitle(t('loadError.title'))

  return (
    <main className="standalone" id="main">
      <div className="card standalone__card">
        <Logo />
        <h1 className="page-title">{t('loadError.title')}</h1>
        <p role="alert">{describe(error)}</p>
        <Button onClick={onRetry} pending={retrying} pendingLabel={t('loading')}>
          {t('loadError.retry')}
        </Button>
      </div>
    </main>
  )
}
