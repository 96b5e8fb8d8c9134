import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { usePasswordResetOptions } from '../api/password-reset-options'

/** Under the sign-in form: the way back in, by mail, or through the administrator when no mail goes out. */
export function ForgotPasswordHint() {
  const { t } = useTranslation('auth')
  const options = usePasswordResetOptions()
  if (options.data?.byMail === false) {
    return (
      <p className="auth-forgot muted">
        {t('login.forgot')} {t('login.askAdmin')}
      </p>
    )
  }
  return (
    <p className="auth-forgot">
      <Link to="/forgot-password">{t('login.forgot')}</Link>
    </p>
  )
}
