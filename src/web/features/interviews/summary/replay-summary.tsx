import { useTranslation } from 'react-i18next'
import { QUESTION_FEELING_LABELS } from '../../../../domain/debrief'
import { useLabel } from '../components/labels'
import { type SummaryPartProps, SummarySection } from './summary-section'

/** The questions asked, with the answer given, how it felt and how the recruiter reacted. */
export function ReplaySummary(part: SummaryPartProps) {
  const { content } = part
  const { t } = useTranslation('debrief')
  const label = useLabel()
  return (
    <SummarySection
      {...part}
      step="replay"
      empty={content.questions.filter((q) => q.question.trim()).length === 0}
    >
      <ol className="summary__list">
        {content.questions
          .filter((q) => q.question.trim() || q.answer.trim())
          .map((q) => (
            <li key={q.id}>
              <p className="summary__question">
                {q.question.trim() || t('untitledQuestion')}
                {q.feeling ? (
                  <span className={`tag tag--feeling-${q.feeling}`}>
                    {label(QUESTION_FEELING_LABELS[q.feeling])}
                  </span>
                ) : null}
              </p>
              {q.answer.trim() ? <p className="prewrap muted">{q.answer}</p> : null}
              {q.recruiterReaction.trim() ? (
                <p className="prewrap small">
                  <span className="summary__label-inline">{t('summary.reaction')}</span> {q.recruiterReaction}
                </p>
              ) : null}
            </li>
          ))}
      </ol>
    </SummarySection>
  )
}
