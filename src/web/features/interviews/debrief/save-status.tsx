import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/ui/button'
import { useDescribeError } from '../../../lib/error-text'
import type { DebriefSync, SyncSnapshot } from '../api/debrief-sync'

type SaveStatusProps = { snapshot: SyncSnapshot; store: DebriefSync }

/** Where the autosave stands, in a polite live region: saving, saved, offline, failed. */
export function SaveStatus({ snapshot, store }: SaveStatusProps) {
  const { t } = useTranslation('debrief')
  const describe = useDescribeError()
  const { status } = snapshot
  const tone =
    status === 'saved'
      ? 'saved'
      : status === 'offline' || status === 'conflict'
        ? 'warning'
        : status === 'error'
          ? 'error'
          : 'quiet'
  return (
    <div className={`save-status save-status--${tone}`}>
      <p role="status" className="save-status__text">
        {status === 'pending' || status === 'saving' ? (
          <>
            <span className="spinner spinner--small" aria-hidden="true" /> {t('save.saving')}
          </>
        ) : status === 'saved' ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t('save.saved')}
          </>
        ) : status === 'offline' ? (
          t('save.offline')
        ) : status === 'error' ? (
          `${t('save.error')} ${describe(snapshot.error)}`
        ) : status === 'conflict' ? (
          t('save.conflict')
        ) : (
          t('save.idle')
        )}
      </p>
      {status === 'error' || status === 'offline' ? (
        <Button variant="secondary" className="button--small" onClick={store.retryNow}>
          {t('save.retry')}
        </Button>
      ) : null}
    </div>
  )
}
