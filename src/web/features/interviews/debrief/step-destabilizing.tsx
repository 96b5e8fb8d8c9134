import { Component, lazy, type ReactNode, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import {
  DESTABILIZATION_REASONS,
  type DestabilizingQuestion,
  LIMITS,
  REASON_LABELS,
} from '../../../../domain/debrief'
import { LimitedField } from '../components/fields'
import { useLabel } from '../components/labels'
import type { StepProps } from './step-types'

// The answer editor brings the analyzer with it: loaded with this step only. While it loads,
// a plain text area takes the typing, so nothing waits.
const AnswerEditor = lazy(() =>
  import('../../../components/answer-editor/answer-editor').then((m) => ({ default: m.AnswerEditor })),
)

/** If the editor's code cannot load (flaky network), the plain text area stays: typing goes on. */
class EditorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}

export function DestabilizingStep({ interviewId, content, edit, errors }: StepProps) {
  const { t } = useTranslation('debrief')
  const label = useLabel()

  function change(questionId: string, patch: Partial<DestabilizingQuestion>) {
    edit((c) => ({
      ...c,
      destabilizing: c.destabilizing.map((d) => (d.questionId === questionId ? { ...d, ...patch } : d)),
    }))
  }

  if (content.destabilizing.length === 0) {
    return (
      <div className="step-body">
        <div className="card card--quiet">
          <p>{t('destabilizing.none')}</p>
          <p>
            <Link to={`/interviews/${interviewId}/debrief/replay`}>{t('destabilizing.backToReplay')}</Link>
          </p>
        </div>
      </div>
    )
  }

  return (
    <div className="step-body">
      <ol className="card-list">
        {content.destabilizing.map((d, index) => {
          const question = content.questions.find((q) => q.id === d.questionId)
          const path = `destabilizing.${index}`
          const answerLabel = t('destabilizing.betterAnswer')
          const plain = (
            <LimitedField
              id={`better-${d.questionId}`}
              label={answerLabel}
              hint={t('destabilizing.betterAnswerHint')}
              value={d.betterAnswer}
              rows={6}
              maxLength={LIMITS.betterAnswer}
              onChange={(value) => change(d.questionId, { betterAnswer: value })}
            />
          )
          return (
            <li key={d.questionId} className="item-card">
              <h3 className="item-card__title item-card__title--quote">
                {question?.question.trim() ? question.question : t('untitledQuestion')}
              </h3>
              {question && question.feeling !== 'destabilized' ? (
                <p className="muted small">{t('destabilizing.noLongerMarked')}</p>
              ) : null}
              {question?.answer.trim() ? (
                <p className="quoted">
                  <span className="quoted__label">{t('destabilizing.youAnswered')}</span> {question.answer}
                </p>
              ) : null}
              <fieldset className="chips-group">
                <legend className="chips-group__legend">{t('destabilizing.reasons')}</legend>
                <ul className="check-list">
                  {DESTABILIZATION_REASONS.map((reason) => (
                    <li key={reason}>
                      <label className="check">
                        <input
                          type="checkbox"
                          checked={d.reasons.includes(reason)}
                          onChange={(event) =>
                            change(d.questionId, {
                              reasons: event.target.checked
                                ? [...d.reasons, reason]
                                : d.reasons.filter((r) => r !== reason),
                            })
                          }
                        />
                        <span>{label(REASON_LABELS[reason])}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
              {d.reasons.includes('other') ? (
                <LimitedField
                  id={`reason-other-${d.questionId}`}
                  label={t('destabilizing.reasonOther')}
                  singleLine
                  value={d.reasonOther}
                  maxLength={LIMITS.reasonOther}
                  error={errors[`${path}.reasonOther`]}
                  onChange={(value) => change(d.questionId, { reasonOther: value })}
                />
              ) : null}
              <EditorBoundary fallback={plain}>
                <Suspense fallback={plain}>
                  <AnswerEditor
                    id={`better-${d.questionId}`}
                    label={answerLabel}
                    hint={t('destabilizing.betterAnswerHint')}
                    value={d.betterAnswer}
                    maxLength={LIMITS.betterAnswer}
                    headingLevel={4}
                    onChange={(value) => change(d.questionId, { betterAnswer: value })}
                  />
                </Suspense>
              </EditorBoundary>
              {errors[`${path}.betterAnswer`] ? (
                <p className="field__error">{errors[`${path}.betterAnswer`]}</p>
              ) : null}
              <label className="switch">
                <input
                  type="checkbox"
                  checked={d.rehearse}
                  onChange={(event) => change(d.questionId, { rehearse: event.target.checked })}
                />
                <span>
                  <span className="switch__label">{t('destabilizing.rehearse')}</span>
                  <span className="switch__hint">{t('destabilizing.rehearseHint')}</span>
                </span>
              </label>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
