import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { Notice } from '../../../components/ui/alert'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { ForgotPasswordHint } from '../components/forgot-password-hint'
import { LoginForm } from '../components/login-form'

export function LoginPage() {
  const { t } = useTranslation('auth')
  const [searchParams] = useSearchParams()
  useDocumentTitle(t('login.title'))
  const wantedPage = searchParams.has('next')

  return (
    <div className="auth-page">
      <div className="card auth-card">
        <h1 className="page-title">{t('login.heading')}</h1>
        <p className="lead">{t('login.intro')}</p>
        {wantedPage ? <Notice>{t('login.redirectNotice')}</Notice> : null}
        <LoginForm />
        <ForgotPasswordHint />
      </div>
      <p className="auth-switch">
        {t('login.noAccount')} <Link to="/signup">{t('login.toSignup')}</Link>
      </p>
    </div>
  )
}

export { LoginPage as Component }
