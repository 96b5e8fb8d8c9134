import './devices-section.css'
import { useTranslation } from 'react-i18next'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { TitledSection } from '../../../components/ui/titled-section'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useEndSession, useSessions } from '../api/sessions'
import { deviceName } from './device-name'

/** Where the account is signed in, with a way to sign out a lost or shared device. */
export function DevicesSection() {
  const { t } = useTranslation('account')
  const formatDate = useFormatDate()
  const describe = useDescribeError()
  const sessions = useSessions()
  const endSession = useEndSession()

  return (
    <TitledSection id="devices-title" title={t('devices.heading')}>
      <p className="muted">{t('devices.body')}</p>
      {sessions.isPending ? <p role="status">{t('devices.loading')}</p> : null}
      {sessions.isError ? <FormAlert>{describe(sessions.error)}</FormAlert> : null}
      {endSession.isError ? <FormAlert>{describe(endSession.error)}</FormAlert> : null}
      {sessions.data ? (
        <ul className="device-list">
          {sessions.data.map((session) => {
            const { browser, system } = deviceName(session.userAgent)
            const name =
              browser && system ? `${browser} · ${system}` : (browser ?? system ?? t('devices.unknown'))
            return (
              <li key={session.id} className="device-item">
                <div>
                  <strong>{name}</strong>
                  {session.current ? <span className="device-current"> — {t('devices.current')}</span> : null}
                  <p className="muted">{t('devices.lastSeen', { date: formatDate(session.lastSeenAt) })}</p>
                </div>
                {session.current ? null : (
                  <Button
                    variant="secondary"
                    pending={endSession.isPending && endSession.variables === session.id}
                    pendingLabel={t('devices.pending')}
                    onClick={() => endSession.mutate(session.id)}
                    aria-label={t('devices.signOutNamed', { name })}
                  >
                    {t('devices.signOut')}
                  </Button>
                )}
              </li>
            )
          })}
        </ul>
      ) : null}
    </TitledSection>
  )
}
