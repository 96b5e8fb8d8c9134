import { useTranslation } from 'react-i18next'
import { CAUSE_INFO, SEVERITY_LABELS } from '../../../../domain/debrief'
import { useLabel } from '../components/labels'
import { type SummaryPartProps, SummarySection, useQuestionText } from './summary-section'

/** The causes found, how much each weighed, the evidence and the questions they show in. */
export function DiagnoseSummary(part: SummaryPartProps) {
  const { content } = part
  const { t } = useTranslation('debrief')
  const label = useLabel()
  const questionText = useQuestionText(content)
  return (
    <SummarySection {...part} step="diagnose" empty={content.causes.length === 0}>
      <ul className="summary__list summary__list--plain">
        {content.causes.map((c) => (
          <li key={c.cause}>
            <p className="summary__question">
              {c.cause === 'other' && c.otherLabel.trim() ? c.otherLabel : label(CAUSE_INFO[c.cause].label)}
              <span className={`tag tag--severity-${c.severity}`}>{label(SEVERITY_LABELS[c.severity])}</span>
            </p>
            {c.evidence.trim() ? <p className="prewrap">{c.evidence}</p> : null}
            {c.questionIds.length > 0 ? (
              <p className="small muted">
                {t('summary.linkedQuestions')} {c.questionIds.map(questionText).join(' · ')}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </SummarySection>
  )
}
