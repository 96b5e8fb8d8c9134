import { useTranslation } from 'react-i18next'
import { useFormatDate } from '../../../lib/dates'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { DeleteAccountSection } from '../components/delete-account-section'
import { DevicesSection } from '../components/devices-section'
import { PasswordForm } from '../components/password-form'
import { ProfileForm } from '../components/profile-form'

export function AccountPage() {
  const { t } = useTranslation('account')
  const user = useCurrentUser()
  const formatDate = useFormatDate()
  useDocumentTitle(t('title'))
  const createdOn = formatDate(user.createdAt)

  return (
    <div className="page">
      <header className="page-header">
        <h1 className="page-title">{t('heading')}</h1>
        {createdOn ? <p className="muted">{t('memberSince', { date: createdOn })}</p> : null}
      </header>
      <section className="card" aria-labelledby="profile-title">
        <h2 className="section-title" id="profile-title">
          {t('profile.heading')}
        </h2>
        <dl className="facts">
          <dt>{t('profile.email')}</dt>
          <dd>{user.email}</dd>
        </dl>
        <ProfileForm user={user} />
      </section>
      <section className="card" aria-labelledby="password-title">
        <h2 className="section-title" id="password-title">
          {t('password.heading')}
        </h2>
        <PasswordForm email={user.email} />
      </section>
      <DevicesSection />
      <DeleteAccountSection />
    </div>
  )
}
