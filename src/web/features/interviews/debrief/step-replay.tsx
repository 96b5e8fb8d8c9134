import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type DestabilizingQuestion,
  LIMITS,
  QUESTION_FEELING_LABELS,
  QUESTION_FEELINGS,
  type ReplayedQuestion,
} from '../../../../domain/debrief'
import { Button } from '../../../components/ui/button'
import { ChoiceChips, LimitedField } from '../components/fields'
import { useLabel } from '../components/labels'
import { newId, type StepProps } from './step-types'
import { UndoBar } from './undo-bar'

type Removed = {
  question: ReplayedQuestion
  index: number
  destabilizing: DestabilizingQuestion | undefined
  causeIndexes: number[]
}

const emptyQuestion = (): ReplayedQuestion => ({
  id: newId(),
  question: '',
  answer: '',
  feeling: null,
  recruiterReaction: '',
})

export function ReplayStep({ content, edit, errors }: StepProps) {
  const { t } = useTranslation('debrief')
  const label = useLabel()
  const [removed, setRemoved] = useState<Removed | null>(null)
  const [focusId, setFocusId] = useState<string | null>(null)
  const questions = content.questions

  // A first empty question is there from the start: nothing to click before typing.
  useEffect(() => {
    edit((c) => (c.questions.length === 0 ? { ...c, questions: [emptyQuestion()] } : c))
  }, [edit])

  useEffect(() => {
    if (!focusId) return
    document.getElementById(focusId)?.focus()
    setFocusId(null)
  }, [focusId])

  function change(id: string, patch: Partial<ReplayedQuestion>) {
    edit((c) => ({ ...c, questions: c.questions.map((q) => (q.id === id ? { ...q, ...patch } : q)) }))
  }

  function add() {
    const question = emptyQuestion()
    edit((c) => ({ ...c, questions: [...c.questions, question] }))
    setFocusId(`question-${question.id}`)
  }

  function move(index: number, delta: -1 | 1) {
    const target = index + delta
    const question = questions[index]
    if (!question || target < 0 || target >= questions.length) return
    edit((c) => {
      const next = [...c.questions]
      const [item] = next.splice(index, 1)
      if (item) next.splice(target, 0, item)
      return { ...c, questions: next }
    })
    const edge = target === 0 || target === questions.length - 1
    setFocusId(`move-${question.id}-${edge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'}`)
  }

  function remove(index: number) {
    const question = questions[index]
    if (!question) return
    setRemoved({
      question,
      index,
      destabilizing: content.destabilizing.find((d) => d.questionId === question.id),
      causeIndexes: content.causes.flatMap((c, i) => (c.questionIds.includes(question.id) ? [i] : [])),
    })
    edit((c) => ({ ...c, questions: c.questions.filter((q) => q.id !== question.id) }))
    setFocusId('add-question')
  }

  function undo() {
    const r = removed
    if (!r) return
    setRemoved(null)
    edit((c) => {
      const next = [...c.questions]
      next.splice(Math.min(r.index, next.length), 0, r.question)
      return {
        ...c,
        questions: next,
        destabilizing: r.destabilizing ? [...c.destabilizing, r.destabilizing] : c.destabilizing,
        causes: c.causes.map((cause, i) =>
          r.causeIndexes.includes(i)
            ? { ...cause, questionIds: [...cause.questionIds, r.question.id] }
            : cause,
        ),
      }
    })
    setFocusId(`question-${r.question.id}`)
  }

  const dismiss = useCallback(() => setRemoved(null), [])

  return (
    <div className="step-body">
      <ol className="card-list">
        {questions.map((q, index) => {
          const n = index + 1
          const path = `questions.${index}`
          return (
            <li key={q.id} className="item-card">
              <div className="item-card__head">
                <h3 className="item-card__title">{t('replay.questionN', { n })}</h3>
                <div className="item-card__tools">
                  <Button
                    id={`move-${q.id}-up`}
                    variant="ghost"
                    className="button--icon"
                    disabled={index === 0}
                    aria-label={t('replay.moveUp', { n })}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </Button>
                  <Button
                    id={`move-${q.id}-down`}
                    variant="ghost"
                    className="button--icon"
                    disabled={index === questions.length - 1}
                    aria-label={t('replay.moveDown', { n })}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </Button>
                  <Button variant="ghost" className="button--small" onClick={() => remove(index)}>
                    {t('remove')}
                    <span className="sr-only"> {t('replay.questionN', { n })}</span>
                  </Button>
                </div>
              </div>
              <LimitedField
                id={`question-${q.id}`}
                label={t('replay.question')}
                value={q.question}
                rows={2}
                maxLength={LIMITS.question}
                error={errors[`${path}.question`]}
                onChange={(value) => change(q.id, { question: value })}
              />
              <LimitedField
                id={`answer-${q.id}`}
                label={t('replay.answer')}
                hint={t('replay.answerHint')}
                value={q.answer}
                rows={3}
                maxLength={LIMITS.answer}
                error={errors[`${path}.answer`]}
                onChange={(value) => change(q.id, { answer: value })}
              />
              <ChoiceChips
                legend={t('replay.feeling')}
                size="small"
                options={QUESTION_FEELINGS.map((f) => ({
                  value: f,
                  label: label(QUESTION_FEELING_LABELS[f]),
                }))}
                value={q.feeling}
                onChange={(feeling) => change(q.id, { feeling })}
              />
              <LimitedField
                id={`reaction-${q.id}`}
                label={t('replay.reaction')}
                hint={t('replay.reactionHint')}
                value={q.recruiterReaction}
                rows={2}
                maxLength={LIMITS.recruiterReaction}
                error={errors[`${path}.recruiterReaction`]}
                onChange={(value) => change(q.id, { recruiterReaction: value })}
              />
            </li>
          )
        })}
      </ol>
      <UndoBar message={removed ? t('replay.removed') : null} onUndo={undo} onDismiss={dismiss} />
      {questions.length < LIMITS.questions ? (
        <Button id="add-question" variant="secondary" className="align-start" onClick={add}>
          + {t('replay.add')}
        </Button>
      ) : (
        <p className="muted">{t('replay.max', { max: LIMITS.questions })}</p>
      )}
    </div>
  )
}
