import '../progress.css'
import { useDeferredValue } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { Notice } from '../../../components/ui/alert'
import { buttonClass } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { type Period, useProgress } from '../api/get-progress'
import { DeliveryTrendSection } from '../components/delivery-trend'
import { InsightsPanel } from '../components/insights'
import { LoadFailed } from '../components/load-failed'
import { MockSessions } from '../components/mock-sessions'
import { MoodLog } from '../components/mood-log'
import { periodFromSearch, periodSearch } from '../components/period'
import { PeriodChooser } from '../components/period-chooser'
import { ProgressSections } from '../components/sections'
import { totalsSentence } from '../components/summaries'

/** How far the person has come, from their own data only, for the period they choose. */
export function ProgressPage() {
  const { t } = useTranslation('progress')
  const [params, setParams] = useSearchParams()
  const choice = periodFromSearch(params)
  const progress = useProgress(choice.period)
  useDocumentTitle(t('title'))

  const refused = isApiError(progress.error, 400) ? progress.error.fields : undefined
  // The figures arrive at once and draw every section, tables included: React renders them as a deferred
  // update, in slices a phone can interrupt, while the loading state (or the previous period) stays,
  // instead of in one long task when the answer lands.
  const data = useDeferredValue(refused ? undefined : progress.data)
  const updating = progress.isPlaceholderData || data !== progress.data

  const filtered = choice.period.from !== undefined || choice.period.to !== undefined

  function showPeriod(next: Record<string, string>) {
    setParams(next, { preventScrollReset: true })
  }

  return (
    <div className="page pg">
      <header className="page-header">
        <h1 className="page-title">{t('heading')}</h1>
        <p className="lead">{t('lead')}</p>
      </header>

      <PeriodChooser
        choice={choice}
        errors={{ from: refused?.from, to: refused?.to }}
        onPreset={(preset) => showPeriod(preset === 'all' ? {} : { period: preset })}
        onCustom={(period: Period) => showPeriod(periodParams(period))}
      />

      {refused ? null : (
        <p className="pg-report-link">
          <Link to={`/progress/report${periodSearch(choice.period)}`} className={buttonClass('secondary')}>
            {t('report.link')}
          </Link>
          <span className="muted pg-small">{t('report.linkHint')}</span>
        </p>
      )}

      <InsightsPanel />

      {refused ? (
        <Notice tone="warning">{t('period.refused')}</Notice>
      ) : progress.isError ? (
        <LoadFailed query={progress} />
      ) : !data ? (
        <PageLoading label={t('loading')} />
      ) : (
        <div className="pg-sections" aria-busy={updating}>
          <p className="pg-totals" aria-live="polite">
            {updating ? t('updating') : totalsSentence(data, t)}
          </p>
          <ProgressSections data={data} filtered={filtered} />
          <DeliveryTrendSection data={data} filtered={filtered} />
        </div>
      )}

      {refused ? null : (
        <MockSessions
          period={choice.period}
          periodAccepted={progress.isSuccess && !progress.isPlaceholderData}
        />
      )}

      <MoodLog />
    </div>
  )
}

function periodParams(period: Period): Record<string, string> {
  const next: Record<string, string> = {}
  if (period.from) next.from = period.from
  if (period.to) next.to = period.to
  return next
}

export { ProgressPage as Component }
