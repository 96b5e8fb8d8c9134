import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type DebriefContent, LIMITS } from '../../../../domain/debrief'
import { type DebriefSync, debriefSyncFor, saveEditNow, useDebriefSync } from '../../../lib/debrief-sync'
import { queryKeys } from '../../../lib/query-keys'
import { useCurrentUser } from '../../../lib/session/get-me'

/**
 * Passages of feedback kept as lessons or actions of the interview's debrief. The debrief is
 * read and saved through its sync (lib/debrief-sync), as its own pages do: one save, the same
 * versions, drafts and conflict rules, and no second copy of the debrief to drift apart.
 */

/** The debrief's lessons, from the same copy the debrief's own pages show and save. */
export function useDebriefLessons(interviewId: string) {
  const [snapshot] = useDebriefSync(interviewId)
  return {
    lessons: snapshot.content?.lessons ?? [],
    isPending: snapshot.status === 'loading' && !snapshot.content,
  }
}

export type LessonChange =
  | { kind: 'lesson'; text: string }
  | { kind: 'action'; lessonId: string; text: string }

/** Why a change cannot be made: said to the person, never thrown at them. */
export class LessonChangeError extends Error {
  constructor(readonly reason: 'lessons_full' | 'actions_full' | 'lesson_gone' | 'conflict') {
    super(reason)
    this.name = 'LessonChangeError'
  }
}

function applyChange(content: DebriefContent, change: LessonChange): DebriefContent {
  if (change.kind === 'lesson') {
    if (content.lessons.length >= LIMITS.lessons) throw new LessonChangeError('lessons_full')
    return {
      ...content,
      lessons: [...content.lessons, { id: crypto.randomUUID(), text: change.text, actions: [] }],
    }
  }
  const lesson = content.lessons.find((l) => l.id === change.lessonId)
  if (!lesson) throw new LessonChangeError('lesson_gone')
  if (lesson.actions.length >= LIMITS.actionsPerLesson) throw new LessonChangeError('actions_full')
  return {
    ...content,
    lessons: content.lessons.map((l) =>
      l.id === change.lessonId
        ? {
            ...l,
            actions: [
              ...l.actions,
              { id: crypto.randomUUID(), text: change.text, status: 'open', checkBeforeNext: false },
            ],
          }
        : l,
    ),
  }
}

/** Adds the lesson or action; if another version was saved first, nothing is added: the person tries again. */
async function addToLessons(sync: DebriefSync, change: LessonChange): Promise<void> {
  const outcome = await saveEditNow(sync, (content) => applyChange(content, change))
  if (outcome.kind === 'conflict') throw new LessonChangeError('conflict')
  if (outcome.kind === 'failed') throw outcome.error ?? new Error('not_saved')
}

export function useAddToLessons(interviewId: string) {
  const user = useCurrentUser()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (change: LessonChange) => addToLessons(debriefSyncFor(user.id, interviewId), change),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
