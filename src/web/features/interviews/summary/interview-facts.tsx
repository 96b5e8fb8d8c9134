import { useTranslation } from 'react-i18next'
import { FORMAT_LABELS, OUTCOME_LABELS, STAGE_LABELS } from '../../../../domain/debrief'
import type { Interview } from '../../../../shared/schemas/interviews'
import { TitledSection } from '../../../components/ui/titled-section'
import { useLabel } from '../components/labels'

/** The interview itself at the top of the summary: stage, format, outcome, gut feeling, people, note. */
export function InterviewFacts({ interview: iv }: { interview: Interview }) {
  const { t } = useTranslation('debrief')
  const { t: ti } = useTranslation('interviews')
  const label = useLabel()
  return (
    <TitledSection id="summary-interview" className="summary__section" title={t('summary.interview')}>
      <dl className="facts facts--inline">
        <dt>{ti('fields.stage')}</dt>
        <dd>{label(STAGE_LABELS[iv.stage])}</dd>
        {iv.format ? (
          <>
            <dt>{ti('fields.format')}</dt>
            <dd>{label(FORMAT_LABELS[iv.format])}</dd>
          </>
        ) : null}
        <dt>{ti('fields.outcome')}</dt>
        <dd>{label(OUTCOME_LABELS[iv.outcome])}</dd>
        {iv.gutFeeling ? (
          <>
            <dt>{ti('fields.gutFeeling')}</dt>
            <dd>
              {iv.gutFeeling}/5 — {ti(`gut.${iv.gutFeeling as 1 | 2 | 3 | 4 | 5}`)}
            </dd>
          </>
        ) : null}
        {iv.durationMinutes ? (
          <>
            <dt>{ti('fields.duration')}</dt>
            <dd>{ti('detail.minutes', { count: iv.durationMinutes })}</dd>
          </>
        ) : null}
        {iv.interviewers.length > 0 ? (
          <>
            <dt>{ti('fields.interviewers')}</dt>
            <dd>{iv.interviewers.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {iv.note.trim() ? <p className="prewrap">{iv.note}</p> : null}
    </TitledSection>
  )
}
