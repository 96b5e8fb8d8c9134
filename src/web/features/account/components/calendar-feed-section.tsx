import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { TitledSection } from '../../../components/ui/titled-section'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../api/calendar-feed'
import { SecretAddress } from './secret-address'

export function CalendarFeedSection() {
  const { t } = useTranslation('account')
  const describe = useDescribeError()
  const formatDate = useFormatDate()
  const feed = useCalendarFeed()
  const create = useCreateCalendarFeed()
  const revoke = useRevokeCalendarFeed()
  const [url, setUrl] = useState<string | null>(null)
  const failure = create.error ?? revoke.error

  const make = () => create.mutate(undefined, { onSuccess: (made) => setUrl(made.url) })
  const stop = () => revoke.mutate(undefined, { onSuccess: () => setUrl(null) })

  return (
    <TitledSection id="calendar-title" title={t('calendar.heading')}>
      <p>{t('calendar.intro')}</p>
      <p className="muted">{t('calendar.privacy')}</p>
      {feed.isError || failure ? <FormAlert>{describe(failure ?? feed.error)}</FormAlert> : null}
      {url ? <SecretAddress id="calendar-url" url={url} words="calendar" /> : null}
      {feed.data && !url ? <p>{t('calendar.active', { date: formatDate(feed.data.createdAt) })}</p> : null}
      {feed.data !== undefined ? (
        <div className="form__footer">
          <Button
            variant={feed.data ? 'secondary' : 'primary'}
            pending={create.isPending}
            pendingLabel={t('calendar.creating')}
            onClick={make}
          >
            {feed.data ? t('calendar.regenerate') : t('calendar.create')}
          </Button>
          {feed.data ? (
            <Button
              variant="danger-outline"
              pending={revoke.isPending}
              pendingLabel={t('calendar.revoking')}
              onClick={stop}
            >
              {t('calendar.revoke')}
            </Button>
          ) : null}
        </div>
      ) : null}
      <StatusMessage>{revoke.isSuccess && !feed.data ? t('calendar.revoked') : null}</StatusMessage>
    </TitledSection>
  )
}
