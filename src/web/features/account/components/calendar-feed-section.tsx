import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { TextField } from '../../../components/ui/fields'
import { TitledSection } from '../../../components/ui/titled-section'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../api/calendar-feed'

/** The address just made: shown once, with a copy button (only its hash is kept on the server). */
function NewAddress({ url }: { url: string }) {
  const { t } = useTranslation('account')
  const [copied, setCopied] = useState<boolean | null>(null)
  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(url)
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }
  return (
    <div className="form">
      <TextField
        id="calendar-url"
        label={t('calendar.address')}
        hint={t('calendar.onlyNow')}
        readOnly
        value={url}
        spellCheck={false}
        onFocus={(event) => event.target.select()}
      />
      <div className="form__footer">
        <Button onClick={copy}>{t('calendar.copy')}</Button>
        <StatusMessage tone={copied === false ? 'info' : 'success'}>
          {copied === null ? null : copied ? t('calendar.copied') : t('calendar.copyByHand')}
        </StatusMessage>
      </div>
    </div>
  )
}

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
      {url ? <NewAddress url={url} /> : null}
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
