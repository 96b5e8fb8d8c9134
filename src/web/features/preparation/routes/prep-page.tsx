import '../preparation.css'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { INTERVIEW_STAGES, type InterviewStage, STAGE_LABELS } from '../../../../domain/debrief'
import { FormAlert, Notice } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useLanguage } from '../../../lib/use-language'
import { usePlan } from '../api/get-plan'
import {
  AppliedSection,
  LearnedSection,
  LikelySection,
  LogisticsSection,
  PitchSection,
  QuestionsSection,
  ResearchSection,
} from '../components/plan-sections'
import { ReadinessMeter } from '../components/readiness-meter'

const isStage = (v: string): v is InterviewStage => (INTERVIEW_STAGES as readonly string[]).includes(v)

/** Everything to get ready for one interview, saved as it is typed. */
export function PrepPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('preparation')
  const lang = useLanguage()
  const formatDate = useFormatDate()
  const describe = useDescribeError()
  const plan = usePlan(id)
  const data = plan.data
  useDocumentTitle(data ? t('titleWith', { company: data.interview.company }) : t('title'))

  if (plan.isPending) return <PageLoading label={t('loading')} />
  if (plan.isError || !data) {
    const missing = isApiError(plan.error, 404)
    return (
      <div className="page prep">
        <Link to="/interviews" className="back-link">
          <span aria-hidden="true">←</span> {t('back')}
        </Link>
        <h1 className="page-title">{missing ? t('notFoundTitle') : t('loadError')}</h1>
        {missing ? (
          <p>{t('notFoundBody')}</p>
        ) : (
          <>
            <FormAlert>{describe(plan.error)}</FormAlert>
            <Button variant="secondary" className="prep-start" onClick={() => plan.refetch()}>
              {t('retry')}
            </Button>
          </>
        )}
      </div>
    )
  }

  const { interview } = data
  const stage = isStage(interview.stage) ? STAGE_LABELS[interview.stage][lang] : interview.stage
  return (
    <div className="page prep">
      <header className="page-header">
        <Link to={`/interviews/${interview.id}`} className="back-link">
          <span aria-hidden="true">←</span> {t('back')}
        </Link>
        <p className="prep-eyebrow">{t('title')}</p>
        <h1 className="page-title">{interview.company}</h1>
        <p className="lead">
          {interview.role} · {stage}
          <br />
          <time dateTime={interview.date}>{formatDate(interview.date, 'fullDateTime')}</time>
        </p>
      </header>

      <section className="card prep-readiness" aria-label={t('readiness.label')}>
        <ReadinessMeter {...data.readiness} upcoming={data.upcoming} />
      </section>

      {data.upcoming ? null : (
        <>
          <Notice>{t('past')}</Notice>
          <AppliedSection key={`applied-${interview.id}`} plan={data} />
        </>
      )}
      <LearnedSection plan={data} />
      <ResearchSection key={`research-${interview.id}`} plan={data} />
      <QuestionsSection key={`questions-${interview.id}`} plan={data} />
      <LogisticsSection key={`logistics-${interview.id}`} plan={data} />
      <PitchSection plan={data} />
      <LikelySection plan={data} />
    </div>
  )
}

export { PrepPage as Component }
