import { type ReactNode, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useNavigate } from 'react-router'
import { Notice } from '../../../components/ui/alert'
import { buttonClass } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useResetLink } from '../api/check-reset-link'
import { ResetPasswordForm } from '../components/reset-password-form'

/**
 * The token rides in the address's fragment (never sent to a server, nor in a Referer). It is read
 * once, then taken out of the address bar so that it does not stay in the browser's history.
 */
function useTokenFromFragment(): string {
  const location = useLocation()
  const navigate = useNavigate()
  const [token] = useState(() => location.hash.replace(/^#/, '').trim())
  useEffect(() => {
    if (location.hash) navigate(location.pathname, { replace: true })
  }, [location.hash, location.pathname, navigate])
  return token
}

export function ResetPasswordPage() {
  const { t } = useTranslation('auth')
  const describe = useDescribeError()
  const token = useTokenFromFragment()
  const link = useResetLink(token)
  const [done, setDone] = useState(false)
  useDocumentTitle(t('reset.title'))

  let content: ReactNode
  if (done) {
    content = (
      <>
        <h1 className="page-title">{t('reset.doneHeading')}</h1>
        <Notice tone="success">{t('reset.done')}</Notice>
        <Link to="/login" className={buttonClass('primary', 'button--block')}>
          {t('reset.toLogin')}
        </Link>
      </>
    )
  } else if (token === '' || link.isError) {
    content = (
      <>
        <h1 className="page-title">{t('reset.brokenHeading')}</h1>
        <div className="alert alert--error" role="alert">
          {token === '' ? t('reset.missing') : describe(link.error)}
        </div>
        <Link to="/forgot-password" className={buttonClass('primary', 'button--block')}>
          {t('reset.newLink')}
        </Link>
      </>
    )
  } else if (!link.data) {
    content = <PageLoading label={t('reset.checking')} />
  } else {
    content = (
      <>
        <h1 className="page-title">{t('reset.heading')}</h1>
        <p className="lead">{t('reset.intro', { email: link.data.email })}</p>
        <ResetPasswordForm token={token} email={link.data.email} onDone={() => setDone(true)} />
      </>
    )
  }

  return (
    <div className="auth-page">
      <div className="card auth-card">{content}</div>
      <p className="auth-switch">
        <Link to="/login">{t('forgot.backToLogin')}</Link>
      </p>
    </div>
  )
}

export { ResetPasswordPage as Component }
