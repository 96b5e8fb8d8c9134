import '../progress.css'
import { type ReactNode, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { ProgressResponse } from '../../../../shared/schemas/progress'
import { Notice } from '../../../components/ui/alert'
import { BackLink } from '../../../components/ui/back-link'
import { Button, buttonClass } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useInsights } from '../api/get-insights'
import { type Period, useProgress } from '../api/get-progress'
import { reportMarkdownUrl } from '../api/report-markdown'
import { InsightList } from '../components/insights'
import { LoadFailed } from '../components/load-failed'
import { periodSearch } from '../components/period'
import { describePeriod } from '../components/period-words'
import { Says } from '../components/says'
import {
  causesSummary,
  lessonsSummary,
  ratingsSummary,
  rehearsalSummary,
  stagesSummary,
  totalsSentence,
} from '../components/summaries'
import {
  CauseMonthsTable,
  CausesTable,
  FunnelTable,
  InterviewMonthsTable,
  LessonsTables,
  MoodsTable,
  RatingsTable,
  RehearsalTable,
} from '../components/tables'
import { useFormats } from '../components/use-formats'

/** A clean page to print (or save as PDF) for a career coach, and the same report in Markdown. */
export function ReportPage() {
  const { t } = useTranslation('progress')
  const f = useFormats()
  const user = useCurrentUser()
  const [params] = useSearchParams()
  const period: Period = { from: params.get('from') || undefined, to: params.get('to') || undefined }
  const progress = useProgress(period)
  const insights = useInsights()
  const [withMoods, setWithMoods] = useState(false)
  const moodsId = useId()
  useDocumentTitle(t('report.title'))

  const data = progress.data
  const refused = isApiError(progress.error, 400)

  return (
    <div className="page pg pg-report">
      <div className="pg-report__tools">
        <BackLink to={`/progress${periodSearch(period)}`}>{t('report.back')}</BackLink>
        <p className="muted pg-small">{t('report.how')}</p>
        <div className="pg-report__buttons">
          <Button onClick={() => window.print()}>{t('report.print')}</Button>
          <a className={buttonClass('secondary')} href={reportMarkdownUrl(period, f.lang)} download>
            {t('report.markdown')}
          </a>
        </div>
        <div className="pg-check">
          <input
            id={moodsId}
            type="checkbox"
            checked={withMoods}
            onChange={(event) => setWithMoods(event.target.checked)}
          />
          <label htmlFor={moodsId}>{t('report.withMoods')}</label>
        </div>
        <p className="muted pg-small">{t('report.markdownMoods')}</p>
      </div>

      <article className="pg-report__sheet" aria-labelledby="report-title">
        <header className="pg-report__header">
          <h1 className="page-title" id="report-title">
            {t('report.title')}
          </h1>
          <p>{user.displayName}</p>
          <p>
            {t('report.period')} {describePeriod(period, t, f)}
          </p>
          <p className="muted">{t('report.generated', { date: f.day(new Date().toISOString()) })}</p>
        </header>

        {progress.isError ? (
          refused ? (
            <Notice tone="warning">{t('report.refused')}</Notice>
          ) : (
            <LoadFailed query={progress} />
          )
        ) : !data ? (
          <PageLoading label={t('loading')} />
        ) : (
          <ReportBody data={data} withMoods={withMoods} insights={insights.data?.insights} />
        )}
      </article>
    </div>
  )
}

type ReportBodyProps = {
  data: ProgressResponse
  withMoods: boolean
  insights:
    | { id: string; tone: 'encouraging' | 'attention'; message: { fr: string; en: string } }[]
    | undefined
}

function ReportBody({ data, withMoods, insights }: ReportBodyProps) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  return (
    <>
      <ReportSection id="overview" title={t('report.overview')} sentences={[]}>
        <p>{totalsSentence(data, t)}</p>
      </ReportSection>

      <ReportSection id="insights" title={t('insights.title')} sentences={[]}>
        <p className="muted">{t('insights.scope')}</p>
        {insights === undefined ? null : insights.length === 0 ? (
          <p>{t('insights.empty')}</p>
        ) : (
          <InsightList insights={insights} />
        )}
      </ReportSection>

      <ReportSection id="ratings" title={t('ratings.title')} sentences={ratingsSummary(data, t, f)}>
        {data.ratings.points.length > 0 ? <RatingsTable data={data} /> : <p>{t('report.nothing')}</p>}
      </ReportSection>

      <ReportSection id="causes" title={t('causes.title')} sentences={causesSummary(data, t, f)}>
        {data.causes.diagnosedInterviews > 0 ? (
          <>
            <CausesTable data={data} />
            <CauseMonthsTable data={data} />
          </>
        ) : (
          <p>{t('report.nothing')}</p>
        )}
      </ReportSection>

      <ReportSection id="stages" title={t('stages.title')} sentences={stagesSummary(data, t, f)}>
        {data.totals.interviews > 0 ? (
          <>
            <FunnelTable data={data} />
            <InterviewMonthsTable data={data} />
          </>
        ) : (
          <p>{t('report.nothing')}</p>
        )}
      </ReportSection>

      <ReportSection id="rehearsal" title={t('rehearsal.title')} sentences={rehearsalSummary(data, t, f)}>
        {data.rehearsal.weeks.length > 0 ? (
          <RehearsalTable data={data} />
        ) : data.rehearsal.cardsTotal === 0 ? (
          <p>{t('report.nothing')}</p>
        ) : null}
      </ReportSection>

      <ReportSection id="lessons" title={t('lessons.title')} sentences={lessonsSummary(data, t)}>
        {data.lessons.actionsTotal > 0 || data.lessons.applied.length > 0 ? (
          <LessonsTables data={data} />
        ) : (
          <p>{t('report.nothing')}</p>
        )}
      </ReportSection>

      {withMoods ? (
        <ReportSection id="moods" title={t('mood.title')} sentences={[]}>
          {data.moods.length > 0 ? <MoodsTable moods={data.moods} /> : <p>{t('report.nothing')}</p>}
        </ReportSection>
      ) : null}

      <p className="muted pg-small">{t('report.footer')}</p>
    </>
  )
}

function ReportSection({
  id,
  title,
  sentences,
  children,
}: {
  id: string
  title: string
  sentences: string[]
  children: ReactNode
}) {
  return (
    <section className="pg-report__section" aria-labelledby={`report-${id}`}>
      <h2 className="pg-report__h2" id={`report-${id}`}>
        {title}
      </h2>
      <Says sentences={sentences} />
      {children}
    </section>
  )
}

export { ReportPage as Component }
