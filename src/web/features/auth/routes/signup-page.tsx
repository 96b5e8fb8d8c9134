import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { SignupForm } from '../components/signup-form'

export function SignupPage() {
  const { t } = useTranslation('auth')
  useDocumentTitle(t('signup.title'))

  return (
    <div className="auth-page">
      <div className="card auth-card">
        <h1 className="page-title">{t('signup.heading')}</h1>
        <p className="lead">{t('signup.intro')}</p>
        <SignupForm />
      </div>
      <p className="auth-switch">
        {t('signup.hasAccount')} <Link to="/login">{t('signup.toLogin')}</Link>
      </p>
    </div>
  )
}

export { SignupPage as Component }
