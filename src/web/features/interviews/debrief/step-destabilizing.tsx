import { Component, lazy, type ReactNode, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import {
  DESTABILIZATION_REASONS,
  type DestabilizingQuestion,
  LIMITS,
  REASON_LABELS,
  type ReplayedQuestion,
} from '../../../../domain/debrief'
import { Button } from '../../../components/ui/button'
import { Check, LimitedField } from '../components/fields'
import { useLabel } from '../components/labels'
import { OtherQuestions } from './other-questions'
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

  function change(questionId: string, patch: Partial<DestabilizingQuestion>) {
    edit((c) => ({
      ...c,
      destabilizing: c.destabilizing.map((d) => (d.questionId === questionId ? { ...d, ...patch } : d)),
    }))
  }

  function changeQuestion(questionId: string, question: string) {
    edit((c) => ({ ...c, questions: c.questions.map((q) => (q.id === questionId ? { ...q, question } : q)) }))
  }

  function unpick(questionId: string) {
    edit((c) => ({
      ...c,
      destabilizing: c.destabilizing.filter((d) => d.questionId !== questionId),
      // A question added here and left empty goes with it.
      questions: c.questions.filter(
        (q) => q.id !== questionId || q.question.trim() !== '' || q.answer.trim() !== '',
      ),
    }))
  }

  return (
    <div className="step-body">
      {content.destabilizing.length === 0 ? (
        <div className="card card--quiet">
          <p>{t('destabilizing.noneYet')}</p>
          <p>
            <Link to={`/interviews/${interviewId}/debrief/replay`}>{t('destabilizing.backToReplay')}</Link>
          </p>
        </div>
      ) : (
        <ol className="card-list">
          {content.destabilizing.map((d, index) => (
            <WorkedQuestion
              key={d.questionId}
              entry={d}
              question={content.questions.find((q) => q.id === d.questionId)}
              path={`destabilizing.${index}`}
              errors={errors}
              onChange={(patch) => change(d.questionId, patch)}
              onQuestion={(text) => changeQuestion(d.questionId, text)}
              onUnpick={() => unpick(d.questionId)}
            />
          ))}
        </ol>
      )}
      <OtherQuestions content={content} edit={edit} />
    </div>
  )
}

type WorkedQuestionProps = {
  entry: DestabilizingQuestion
  question: ReplayedQuestion | undefined
  path: string
  errors: Record<string, string>
  onChange: (patch: Partial<DestabilizingQuestion>) => void
  onQuestion: (text: string) => void
  onUnpick: () => void
}

/** One question worked on: why it was hard, a better answer, and whether to rehearse it. */
function WorkedQuestion({
  entry: d,
  question,
  path,
  errors,
  onChange,
  onQuestion,
  onUnpick,
}: WorkedQuestionProps) {
  const { t } = useTranslation('debrief')
  const label = useLabel()
  const answerLabel = t('destabilizing.betterAnswer')
  const untouched = d.betterAnswer.trim() === '' && d.reasons.length === 0 && d.reasonOther.trim() === ''
  // A question added at this step (nothing replayed about it) is written here.
  const writtenHere = d.picked && question && question.answer.trim() === '' && question.feeling === null
  const plain = (
    <LimitedField
      id={`better-${d.questionId}`}
      label={answerLabel}
      hint={t('destabilizing.betterAnswerHint')}
      value={d.betterAnswer}
      rows={6}
      maxLength={LIMITS.betterAnswer}
      onChange={(value) => onChange({ betterAnswer: value })}
    />
  )
  return (
    <li className="item-card">
      {writtenHere ? (
        <LimitedField
          id={`new-question-${d.questionId}`}
          label={t('destabilizing.newQuestion')}
          value={question.question}
          rows={2}
          maxLength={LIMITS.question}
          onChange={onQuestion}
        />
      ) : (
        <h3 className="item-card__title item-card__title--quote">
          {question?.question.trim() ? question.question : t('untitledQuestion')}
        </h3>
      )}
      {d.picked ? (
        <div className="item-card__note">
          <p className="muted small">{t('destabilizing.picked')}</p>
          {untouched ? (
            <Button variant="ghost" className="button--small" onClick={onUnpick}>
              {t('destabilizing.unpick')}
            </Button>
          ) : null}
        </div>
      ) : question && question.feeling !== 'destabilized' ? (
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
              <Check
                checked={d.reasons.includes(reason)}
                onChange={(checked) =>
                  onChange({
                    reasons: checked ? [...d.reasons, reason] : d.reasons.filter((r) => r !== reason),
                  })
                }
              >
                {label(REASON_LABELS[reason])}
              </Check>
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
          onChange={(value) => onChange({ reasonOther: value })}
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
            onChange={(value) => onChange({ betterAnswer: value })}
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
          onChange={(event) => onChange({ rehearse: event.target.checked })}
        />
        <span>
          <span className="switch__label">{t('destabilizing.rehearse')}</span>
          <span className="switch__hint">{t('destabilizing.rehearseHint')}</span>
        </span>
      </label>
    </li>
  )
}
