import { useTranslation } from 'react-i18next'
import { TitledSection } from '../../../components/ui/titled-section'
import { useFormatDate } from '../../../lib/dates'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { CalendarFeedSection } from '../components/calendar-feed-section'
import { DataSection } from '../components/data-section'
import { DeleteAccountSection } from '../components/delete-account-section'
import { DevicesSection } from '../components/devices-section'
import { PasswordForm } from '../components/password-form'
import { ProfileForm } from '../components/profile-form'
import { SharingSection } from '../components/sharing-section'

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
      <TitledSection id="profile-title" title={t('profile.heading')}>
        <dl className="facts">
          <dt>{t('profile.email')}</dt>
          <dd>{user.email}</dd>
        </dl>
        <ProfileForm user={user} />
      </TitledSection>
      <TitledSection id="password-title" title={t('password.heading')}>
        <PasswordForm email={user.email} />
      </TitledSection>
      <SharingSection />
      <DevicesSection />
      <CalendarFeedSection />
      <DataSection />
      <DeleteAccountSection />
    </div>
  )
}

export { AccountPage as Component }
