import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type DebriefContent, type DebriefStep, STEP_LABELS } from '../../../../domain/debrief'
import { useLabel } from '../components/labels'

/** What each part of the summary is given. */
export type SummaryPartProps = { interviewId: string; content: DebriefContent }

type SummarySectionProps = SummaryPartProps & {
  step: DebriefStep
  /** Nothing to show: the section says the step was skipped, or `emptyText`. */
  empty: boolean
  emptyText?: string | undefined
  children: ReactNode
}

/** One part of the debrief in the summary: its title, a link back to its step, and what was said. */
export function SummarySection({
  interviewId,
  content,
  step,
  empty,
  emptyText,
  children,
}: SummarySectionProps) {
  const { t } = useTranslation('debrief')
  const label = useLabel()
  return (
    <section className="summary__section" aria-labelledby={`summary-${step}`}>
      <div className="summary__section-head">
        <h2 className="section-title" id={`summary-${step}`}>
          {label(STEP_LABELS[step])}
        </h2>
        <Link to={`/interviews/${interviewId}/debrief/${step}`} className="summary__edit no-print">
          {t('summary.edit')}
          <span className="sr-only"> ({label(STEP_LABELS[step])})</span>
        </Link>
      </div>
      {empty ? (
        <p className="muted">
          {content.skipped.includes(step) ? t('summary.skipped') : (emptyText ?? t('summary.nothing'))}
        </p>
      ) : (
        children
      )}
    </section>
  )
}

/** A replayed question's words, for the parts that point at one. */
export function useQuestionText(content: DebriefContent) {
  const { t } = useTranslation('debrief')
  return (questionId: string) =>
    content.questions.find((q) => q.id === questionId)?.question.trim() || t('untitledQuestion')
}
