import type { DestabilizingQuestion, ReplayedQuestion } from '../../../../domain/debrief'
import { insertAt, patchById, useFirstItem, useFocusSoon, useLastRemoved } from './editable-list'
import { emptyQuestion, type StepProps } from './step-types'

type Removed = {
  question: ReplayedQuestion
  index: number
  destabilizing: DestabilizingQuestion | undefined
  causeIndexes: number[]
}

/**
 * The questions replayed as the person edits them: added, changed, moved and removed; a removed
 * question comes back with what the later steps said of it. The focus follows each change.
 */
export function useQuestionsEditor({ content, edit }: Pick<StepProps, 'content' | 'edit'>) {
  const { removed, remember, forget } = useLastRemoved<Removed>()
  useFirstItem(edit, 'questions', emptyQuestion)
  const focusSoon = useFocusSoon()
  const questions = content.questions

  function change(id: string, patch: Partial<ReplayedQuestion>) {
    edit((c) => ({ ...c, questions: patchById(c.questions, id, patch) }))
  }

  function add() {
    const question = emptyQuestion()
    edit((c) => ({ ...c, questions: [...c.questions, question] }))
    focusSoon(`question-${question.id}`)
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
    // At an end, the button pressed goes disabled: the focus goes to the other one.
    const edge = target === 0 || target === questions.length - 1
    focusSoon(`move-${question.id}-${edge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'}`)
  }

  function remove(index: number) {
    const question = questions[index]
    if (!question) return
    remember({
      question,
      index,
      destabilizing: content.destabilizing.find((d) => d.questionId === question.id),
      causeIndexes: content.causes.flatMap((c, i) => (c.questionIds.includes(question.id) ? [i] : [])),
    })
    edit((c) => ({ ...c, questions: c.questions.filter((q) => q.id !== question.id) }))
    focusSoon('add-question')
  }

  function undo() {
    const r = removed
    if (!r) return
    forget()
    edit((c) => ({
      ...c,
      questions: insertAt(c.questions, r.index, r.question),
      destabilizing: r.destabilizing ? [...c.destabilizing, r.destabilizing] : c.destabilizing,
      causes: c.causes.map((cause, i) =>
        r.causeIndexes.includes(i) ? { ...cause, questionIds: [...cause.questionIds, r.question.id] } : cause,
      ),
    }))
    focusSoon(`question-${r.question.id}`)
  }

  return { removed, forget, change, add, move, remove, undo }
}

export type QuestionsEditor = ReturnType<typeof useQuestionsEditor>
