import type { ReactNode } from 'react'
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
  const words =
    status === 'pending' || status === 'saving' ? (
      <SaveWords state="saving" />
    ) : status === 'saved' ? (
      <SaveWords state="saved" />
    ) : status === 'offline' ? (
      t('save.offline')
    ) : status === 'error' ? (
      `${t('save.error')} ${describe(snapshot.error)}`
    ) : status === 'conflict' ? (
      t('save.conflict')
    ) : (
      t('save.idle')
    )
  const retry = status === 'error' || status === 'offline' ? store.retryNow : undefined
  return <StatusLine tone={tone} words={words} onRetry={retry} />
}

type StatusLineProps = {
  tone: 'saved' | 'warning' | 'error' | 'quiet'
  words: ReactNode
  /** Offered as a button when given. */
  onRetry?: (() => void) | undefined
}

/** A line saying where a save stands, in a polite live region, with a retry where there is one. */
export function StatusLine({ tone, words, onRetry }: StatusLineProps) {
  const { t } = useTranslation('debrief')
  return (
    <div className={`save-status save-status--${tone}`}>
      <p role="status" className="save-status__text">
        {words}
      </p>
      {onRetry ? (
        <Button variant="secondary" className="button--small" onClick={onRetry}>
          {t('save.retry')}
        </Button>
      ) : null}
    </div>
  )
}

/** "Saving…" with its spinner, or "Saved" with its tick. */
export function SaveWords({ state }: { state: 'saving' | 'saved' }) {
  const { t } = useTranslation('debrief')
  return state === 'saving' ? (
    <>
      <span className="spinner spinner--small" aria-hidden="true" /> {t('save.saving')}
    </>
  ) : (
    <>
      <span aria-hidden="true">✓ </span>
      {t('save.saved')}
    </>
  )
}
