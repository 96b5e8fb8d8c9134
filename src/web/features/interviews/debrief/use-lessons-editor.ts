import type { Action, DebriefContent, Lesson } from '../../../../domain/debrief'
import { insertAt, patchById, useFirstItem, useFocusSoon, useLastRemoved } from './editable-list'
import { newId, type StepProps } from './step-types'

const emptyAction = (): Action => ({ id: newId(), text: '', status: 'open', checkBeforeNext: false })
const emptyLesson = (): Lesson => ({ id: newId(), text: '', actions: [emptyAction()] })

type Removed =
  | { kind: 'lesson'; lesson: Lesson; index: number }
  | { kind: 'action'; lessonId: string; action: Action; index: number }

/** The content with one lesson changed. */
const withLesson = (c: DebriefContent, lessonId: string, change: (lesson: Lesson) => Lesson) => ({
  ...c,
  lessons: c.lessons.map((l) => (l.id === lessonId ? change(l) : l)),
})

/**
 * The lessons and their actions as the person edits them: added, changed, removed and put back,
 * the focus following each change.
 */
export function useLessonsEditor({ content, edit }: Pick<StepProps, 'content' | 'edit'>) {
  const { removed, remember, forget } = useLastRemoved<Removed>()
  useFirstItem(edit, 'lessons', emptyLesson)
  const focusSoon = useFocusSoon()
  const lessons = content.lessons

  const changeLesson = (id: string, patch: Partial<Lesson>) =>
    edit((c) => ({ ...c, lessons: patchById(c.lessons, id, patch) }))

  const changeAction = (lessonId: string, actionId: string, patch: Partial<Action>) =>
    edit((c) => withLesson(c, lessonId, (l) => ({ ...l, actions: patchById(l.actions, actionId, patch) })))

  function addLesson() {
    const lesson = emptyLesson()
    edit((c) => ({ ...c, lessons: [...c.lessons, lesson] }))
    focusSoon(`lesson-${lesson.id}`)
  }

  function addAction(lessonId: string) {
    const action = emptyAction()
    edit((c) => withLesson(c, lessonId, (l) => ({ ...l, actions: [...l.actions, action] })))
    focusSoon(`action-${action.id}`)
  }

  function removeLesson(index: number) {
    const lesson = lessons[index]
    if (!lesson) return
    remember({ kind: 'lesson', lesson, index })
    edit((c) => ({ ...c, lessons: c.lessons.filter((l) => l.id !== lesson.id) }))
    focusSoon('add-lesson')
  }

  function removeAction(lesson: Lesson, index: number) {
    const action = lesson.actions[index]
    if (!action) return
    remember({ kind: 'action', lessonId: lesson.id, action, index })
    changeLesson(lesson.id, { actions: lesson.actions.filter((a) => a.id !== action.id) })
    focusSoon(`add-action-${lesson.id}`)
  }

  function undo() {
    const r = removed
    if (!r) return
    forget()
    if (r.kind === 'lesson') {
      edit((c) => ({ ...c, lessons: insertAt(c.lessons, r.index, r.lesson) }))
      focusSoon(`lesson-${r.lesson.id}`)
    } else {
      edit((c) =>
        withLesson(c, r.lessonId, (l) => ({ ...l, actions: insertAt(l.actions, r.index, r.action) })),
      )
      focusSoon(`action-${r.action.id}`)
    }
  }

  return {
    removed,
    forget,
    changeLesson,
    changeAction,
    addLesson,
    addAction,
    removeLesson,
    removeAction,
    undo,
  }
}

export type LessonsEditor = ReturnType<typeof useLessonsEditor>
