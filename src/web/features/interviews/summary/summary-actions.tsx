import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Button, buttonClass } from '../../../components/ui/button'
import { useLanguage } from '../../../lib/use-language'
import { debriefMarkdownUrl } from '../api/debrief-markdown'
import type { DebriefSync, SyncSnapshot } from '../api/debrief-sync'
import { SaveStatus } from '../debrief/save-status'
import type { DownloadWhenSaved } from './use-download-when-saved'

type SummaryActionsProps = {
  interviewId: string
  snapshot: SyncSnapshot
  store: DebriefSync
  download: DownloadWhenSaved
}

/** Download, print, edit; why the download waits or cannot go yet; the autosave while it works. */
export function SummaryActions({ interviewId, snapshot, store, download }: SummaryActionsProps) {
  const { t } = useTranslation('debrief')
  const lang = useLanguage()
  const saving = snapshot.status !== 'saved' && snapshot.status !== 'idle'
  return (
    <>
      <div className="summary__actions no-print">
        <a
          ref={download.linkRef}
          className={buttonClass('primary')}
          href={debriefMarkdownUrl(interviewId, lang)}
          download
          aria-disabled={download.state === 'waiting' || undefined}
          aria-describedby={download.state === 'blocked' ? 'summary-download-blocked' : undefined}
          onClick={download.onClick}
        >
          {download.state === 'waiting' ? (
            <>
              <span className="spinner spinner--small" aria-hidden="true" /> {t('summary.downloadWaiting')}
            </>
          ) : (
            t('summary.download')
          )}
        </a>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('summary.print')}
        </Button>
        <Link to={`/interviews/${interviewId}/debrief/feelings`} className={buttonClass('ghost')}>
          {t('summary.editDebrief')}
        </Link>
      </div>
      {download.state === 'blocked' ? (
        <p className="alert alert--warning no-print" id="summary-download-blocked">
          {t(snapshot.status === 'conflict' ? 'summary.downloadConflict' : 'summary.downloadBlocked')}
        </p>
      ) : null}
      {saving ? (
        <div className="no-print">
          <SaveStatus snapshot={snapshot} store={store} />
        </div>
      ) : null}
    </>
  )
}
