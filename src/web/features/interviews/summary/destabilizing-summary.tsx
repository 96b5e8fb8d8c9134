import { useTranslation } from 'react-i18next'
import { REASON_LABELS } from '../../../../domain/debrief'
import { useLabel } from '../components/labels'
import { type SummaryPartProps, SummarySection, useQuestionText } from './summary-section'

/** The questions that threw the person, why, and the better answer written since. */
export function DestabilizingSummary(part: SummaryPartProps) {
  const { content } = part
  const { t } = useTranslation('debrief')
  const label = useLabel()
  const questionText = useQuestionText(content)
  return (
    <SummarySection
      {...part}
      step="destabilizing"
      empty={content.destabilizing.length === 0}
      emptyText={t('summary.noDestabilizing')}
    >
      <ul className="summary__list summary__list--plain">
        {content.destabilizing.map((d) => (
          <li key={d.questionId}>
            <p className="summary__question">
              {questionText(d.questionId)}
              {d.rehearse ? <span className="tag tag--info">{t('summary.toRehearse')}</span> : null}
            </p>
            {d.reasons.length > 0 ? (
              <p className="small muted">
                {d.reasons
                  .map((r) =>
                    r === 'other' && d.reasonOther.trim() ? d.reasonOther : label(REASON_LABELS[r]),
                  )
                  .join(' · ')}
              </p>
            ) : null}
            <h3 className="summary__label">{t('destabilizing.betterAnswer')}</h3>
            {d.betterAnswer.trim() ? (
              <blockquote className="better-answer prewrap">{d.betterAnswer}</blockquote>
            ) : (
              <p className="muted">{t('summary.noBetterAnswer')}</p>
            )}
          </li>
        ))}
      </ul>
    </SummarySection>
  )
}
