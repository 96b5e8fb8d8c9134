import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CAUSE_GUIDANCE,
  CAUSE_INFO,
  CAUSES,
  type Cause,
  type DiagnosedCause,
  LIMITS,
  PREP_SECTION_LABELS,
  type ReplayedQuestion,
  SEVERITIES,
  SEVERITY_LABELS,
} from '../../../../domain/debrief'
import { Check, ChoiceChips, LimitedField } from '../components/fields'
import { useLabel } from '../components/labels'
import type { StepProps } from './step-types'

export function DiagnoseStep({ content, edit, errors }: StepProps) {
  const { t } = useTranslation('debrief')
  const label = useLabel()
  // A cause unticked by mistake comes back with what was written in it.
  const putAside = useRef(new Map<Cause, DiagnosedCause>())
  const questions = content.questions.filter((q) => q.question.trim() !== '')

  function toggle(cause: Cause, on: boolean) {
    edit((c) => {
      if (on) {
        const back = putAside.current.get(cause)
        const entry: DiagnosedCause = back ?? {
          cause,
          otherLabel: '',
          evidence: '',
          severity: 'notable',
          questionIds: [],
        }
        return { ...c, causes: [...c.causes.filter((x) => x.cause !== cause), entry] }
      }
      const current = c.causes.find((x) => x.cause === cause)
      if (current) putAside.current.set(cause, current)
      return { ...c, causes: c.causes.filter((x) => x.cause !== cause) }
    })
  }

  function change(cause: Cause, patch: Partial<DiagnosedCause>) {
    edit((c) => ({ ...c, causes: c.causes.map((x) => (x.cause === cause ? { ...x, ...patch } : x)) }))
  }

  return (
    <div className="step-body">
      <fieldset className="chips-group">
        <legend className="step-question">{t('diagnose.legend')}</legend>
        <p className="field__hint">{t('diagnose.hint')}</p>
        <ul className="cause-list">
          {CAUSES.map((cause) => {
            const index = content.causes.findIndex((x) => x.cause === cause)
            const entry = content.causes[index]
            const info = CAUSE_INFO[cause]
            const path = `causes.${index}`
            return (
              <li key={cause} className={entry ? 'cause cause--chosen' : 'cause'}>
                <label className="cause-card">
                  <input
                    type="checkbox"
                    className="cause-card__input"
                    checked={!!entry}
                    onChange={(event) => toggle(cause, event.target.checked)}
                  />
                  <span className="cause-card__text">
                    <span className="cause-card__label">{label(info.label)}</span>
                    <span className="cause-card__hint">{label(info.hint)}</span>
                  </span>
                </label>
                {entry ? (
                  <div className="cause-detail">
                    {cause === 'other' ? (
                      <LimitedField
                        id={`cause-${cause}-label`}
                        label={t('diagnose.otherLabel')}
                        singleLine
                        value={entry.otherLabel}
                        maxLength={LIMITS.otherLabel}
                        error={errors[`${path}.otherLabel`]}
                        onChange={(value) => change(cause, { otherLabel: value })}
                      />
                    ) : null}
                    <LimitedField
                      id={`cause-${cause}-evidence`}
                      label={t('diagnose.evidence')}
                      hint={t('diagnose.evidenceHint')}
                      value={entry.evidence}
                      rows={2}
                      maxLength={LIMITS.evidence}
                      error={errors[`${path}.evidence`]}
                      onChange={(value) => change(cause, { evidence: value })}
                    />
                    <ChoiceChips
                      legend={t('diagnose.severity')}
                      size="small"
                      options={SEVERITIES.map((s) => ({ value: s, label: label(SEVERITY_LABELS[s]) }))}
                      value={entry.severity}
                      onChange={(severity) => change(cause, { severity })}
                    />
                    {questions.length > 0 ? (
                      <QuestionPicker
                        questions={questions}
                        chosen={entry.questionIds}
                        onChange={(questionIds) => change(cause, { questionIds })}
                      />
                    ) : null}
                    <p className="cause-detail__feeds">
                      {t('diagnose.feeds', {
                        section: label(PREP_SECTION_LABELS[CAUSE_GUIDANCE[cause].feeds]),
                      })}
                    </p>
                  </div>
                ) : null}
              </li>
            )
          })}
        </ul>
      </fieldset>
    </div>
  )
}

type QuestionPickerProps = {
  questions: ReplayedQuestion[]
  chosen: string[]
  onChange: (questionIds: string[]) => void
}

/** The questions a cause concerns, folded away: the list is not repeated open under every cause. */
function QuestionPicker({ questions, chosen, onChange }: QuestionPickerProps) {
  const { t } = useTranslation('debrief')
  const count = questions.filter((q) => chosen.includes(q.id)).length
  return (
    <details className="question-picker">
      <summary className="question-picker__summary">
        {t('diagnose.questions')}{' '}
        <span className="question-picker__count">
          ({t('diagnose.questionsCount', { count, total: questions.length })})
        </span>
      </summary>
      <ul className="check-list">
        {questions.map((q) => (
          <li key={q.id}>
            <Check
              checked={chosen.includes(q.id)}
              onChange={(checked) =>
                onChange(checked ? [...chosen, q.id] : chosen.filter((id) => id !== q.id))
              }
            >
              {q.question}
            </Check>
          </li>
        ))}
      </ul>
    </details>
  )
}
