import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CAUSE_INFO,
  CAUSES,
  type Cause,
  type DiagnosedCause,
  LIMITS,
  SEVERITIES,
  SEVERITY_LABELS,
} from '../../../../domain/debrief'
import { ChoiceChips, LimitedField } from '../components/fields'
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
                      <fieldset className="chips-group">
                        <legend className="chips-group__legend">{t('diagnose.questions')}</legend>
                        <ul className="check-list">
                          {questions.map((q) => (
                            <li key={q.id}>
                              <label className="check">
                                <input
                                  type="checkbox"
                                  checked={entry.questionIds.includes(q.id)}
                                  onChange={(event) =>
                                    change(cause, {
                                      questionIds: event.target.checked
                                        ? [...entry.questionIds, q.id]
                                        : entry.questionIds.filter((id) => id !== q.id),
                                    })
                                  }
                                />
                                <span>{q.question}</span>
                              </label>
                            </li>
                          ))}
                        </ul>
                      </fieldset>
                    ) : null}
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
