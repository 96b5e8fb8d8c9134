import '../interviews.css'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { STEP_LABELS } from '../../../../domain/debrief'
import { isDebriefStep } from '../../../../domain/sharing'
import { FeedbackThread } from '../../../components/coaching/feedback-thread'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useLanguage } from '../../../lib/use-language'
import { useInterviewDebrief } from '../debrief/use-interview-debrief'
import { DestabilizingSummary } from '../summary/destabilizing-summary'
import { DiagnoseSummary } from '../summary/diagnose-summary'
import { FeelingsSummary } from '../summary/feelings-summary'
import { InterviewFacts } from '../summary/interview-facts'
import { LessonsSummary } from '../summary/lessons-summary'
import { NextSteps } from '../summary/next-steps'
import { RatingsSummary } from '../summary/ratings-summary'
import { ReplaySummary } from '../summary/replay-summary'
import { SummaryActions } from '../summary/summary-actions'
import { useDownloadWhenSaved } from '../summary/use-download-when-saved'

/** The whole debrief on one readable page, to reread, print or download. */
export function SummaryPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('debrief')
  const { t: tc } = useTranslation('coaching')
  const language = useLanguage()
  const formatDate = useFormatDate()
  const describe = useDescribeError()
  const { interview, snapshot, store, content, company } = useInterviewDebrief(id)
  useDocumentTitle(t('summary.title', { company }))
  const download = useDownloadWhenSaved(snapshot, store)

  if (snapshot.status === 'loading' || interview.isPending) return <PageLoading label={t('loading')} />
  if (interview.isError || !interview.data || !content) {
    return (
      <div className="page">
        <h1 className="page-title">{t('loadError')}</h1>
        <FormAlert>{describe(interview.error ?? snapshot.error)}</FormAlert>
        <Button
          className="align-start"
          onClick={() => {
            void interview.refetch()
            void store.load()
          }}
        >
          {t('retry')}
        </Button>
      </div>
    )
  }

  const { interview: iv, application } = interview.data
  const part = { interviewId: id, content }
  return (
    <article className="page summary">
      <header className="page-header">
        <Link to={`/interviews/${id}`} className="back-link no-print">
          ← {t('backToInterview', { company })}
        </Link>
        <h1 className="page-title">{t('summary.heading', { company })}</h1>
        <p className="lead">
          {application.role} · {formatDate(iv.date, 'dateTime')}
        </p>
        <SummaryActions interviewId={id} snapshot={snapshot} store={store} download={download} />
      </header>
      <InterviewFacts interview={iv} />
      <FeelingsSummary {...part} />
      <ReplaySummary {...part} />
      <DiagnoseSummary {...part} />
      <DestabilizingSummary {...part} />
      <LessonsSummary {...part} />
      <RatingsSummary {...part} />
      <NextSteps interview={iv} content={content} />
      <div id="feedback" className="no-print">
        <FeedbackThread
          item={{ interviewId: id }}
          lessons={content.lessons.filter((l) => l.text.trim() !== '')}
          anchorLabel={(anchor) =>
            anchor.kind === 'question'
              ? tc('anchor.question', {
                  question: content.questions.find((q) => q.id === anchor.step)?.question ?? '',
                })
              : isDebriefStep(anchor.step)
                ? tc('anchor.step', { step: STEP_LABELS[anchor.step][language] })
                : undefined
          }
          onConverted={() => void store.load()}
        />
      </div>
    </article>
  )
}

export { SummaryPage as Component }
