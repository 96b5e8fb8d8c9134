import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { usePasswordResetOptions } from '../api/password-reset-options'
import { ForgotPasswordForm } from '../components/forgot-password-form'

export function ForgotPasswordPage() {
  const { t } = useTranslation('auth')
  const options = usePasswordResetOptions()
  useDocumentTitle(t('forgot.title'))
  const byMail = options.data?.byMail !== false

  return (
    <div className="auth-page">
      <div className="card auth-card">
        <h1 className="page-title">{byMail ? t('forgot.heading') : t('forgot.askAdminHeading')}</h1>
        {byMail ? (
          <>
            <p className="lead">{t('forgot.intro')}</p>
            <ForgotPasswordForm />
          </>
        ) : (
          <p className="lead">{t('forgot.askAdmin')}</p>
        )}
      </div>
      <p className="auth-switch">
        <Link to="/login">{t('forgot.backToLogin')}</Link>
      </p>
    </div>
  )
}

export { ForgotPasswordPage as Component }
