import { type DebriefContent, type Lesson, LIMITS } from '../../../../domain/debrief'
import { newId } from './step-types'

/** A lesson with nothing written in it yet (the empty first one the step offers). */
export const blankLesson = (lesson: Lesson) =>
  lesson.text.trim() === '' && lesson.actions.every((a) => a.text.trim() === '')

/**
 * The content with a suggested action taken: under the cause's lesson (created, or written in
 * the empty first lesson), to check before the next interview. Unchanged when it is already
 * there, or when five lessons leave no room for the cause's own.
 */
export function withSuggestedAction(
  content: DebriefContent,
  lessonText: string,
  actionText: string,
): DebriefContent {
  const taken = content.lessons.some((l) => l.actions.some((a) => a.text.trim() === actionText))
  if (taken) return content
  const action = { id: newId(), text: actionText, status: 'open' as const, checkBeforeNext: true }
  const own = content.lessons.find((l) => l.text.trim() === lessonText)
  if (own) {
    return {
      ...content,
      lessons: content.lessons.map((l) =>
        l.id === own.id && l.actions.length < LIMITS.actionsPerLesson
          ? { ...l, actions: [...l.actions.filter((a) => a.text.trim() !== ''), action] }
          : l,
      ),
    }
  }
  const emptyOne = content.lessons.find(blankLesson)
  if (emptyOne) {
    return {
      ...content,
      lessons: content.lessons.map((l) =>
        l.id === emptyOne.id ? { ...l, text: lessonText, actions: [action] } : l,
      ),
    }
  }
  if (content.lessons.length >= LIMITS.lessons) return content
  return { ...content, lessons: [...content.lessons, { id: newId(), text: lessonText, actions: [action] }] }
}
