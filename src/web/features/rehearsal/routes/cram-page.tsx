import '../rehearsal.css'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { INTERVIEW_STAGES, type InterviewStage, STAGE_LABELS } from '../../../../domain/debrief'
import { BackLink } from '../../../components/ui/back-link'
import { buttonClass } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useLanguage } from '../../../lib/use-language'
import { useCram } from '../api/get-cram'
import { LoadFailed } from '../components/load-failed'
import { QuestionItem } from '../components/question-item'

const isStage = (v: string): v is InterviewStage => (INTERVIEW_STAGES as readonly string[]).includes(v)

/** Before an interview: the cards that fit it, to go over without touching the schedule. */
export function CramPage() {
  const { interviewId = '' } = useParams()
  const { t } = useTranslation('rehearsal')
  const lang = useLanguage()
  useDocumentTitle(t('cram.title'))
  const cram = useCram(interviewId)
  const data = cram.data

  return (
    <div className="page rehearsal">
      <header className="page-header">
        <BackLink to="/rehearsal/deck">{t('bank.back')}</BackLink>
        <h1 className="page-title">
          {data ? t('cram.heading', { company: data.company }) : t('cram.title')}
        </h1>
        {data ? (
          <p className="lead">
            {t('cram.lead', { stage: isStage(data.stage) ? STAGE_LABELS[data.stage][lang] : data.stage })}
          </p>
        ) : null}
      </header>
      {cram.isError ? (
        <LoadFailed query={cram} />
      ) : !data ? (
        <PageLoading label={t('cram.loading')} />
      ) : data.cards.length === 0 ? (
        <div className="card card--quiet r-stack">
          <p>{t('cram.empty')}</p>
          <Link to="/rehearsal/bank" className={buttonClass('primary', 'r-start')}>
            {t('deck.addQuestions')}
          </Link>
        </div>
      ) : (
        <ul className="r-list">
          {data.cards.map((card) => (
            <li key={card.id}>
              <QuestionItem card={card} category={card.category} lang={card.lang} question={card.question}>
                <div className="r-item__actions">
                  <Link
                    to={`/rehearsal/cards/${card.id}?mode=cram&interviewId=${encodeURIComponent(interviewId)}`}
                    className={buttonClass('primary', 'r-button-small')}
                    aria-label={t('cram.practiseLabel', { question: card.question })}
                  >
                    {t('cram.practise')}
                  </Link>
                </div>
              </QuestionItem>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/interviews/${interviewId}`}>{t('cram.openInterview')}</Link>
      </p>
    </div>
  )
}

export { CramPage as Component }
