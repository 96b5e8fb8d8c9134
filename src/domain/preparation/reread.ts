/**
 * Lessons carried into the next interview's preparation even when none of their actions is:
 * a lesson is worth rereading before the next interview whether or not it led to an action
 * ticked "check before my next interview". Pure data and functions.
 */

/** The lessons of one earlier interview's debrief, with where they came from. */
export type LessonSource = {
  interviewId: string
  company: string
  /** ISO 8601. */
  date: string
  lessons: readonly { id: string; text: string }[]
}

export type LessonToReread = {
  sourceInterviewId: string
  company: string
  date: string
  lessonId: string
  lesson: string
}

/** At most this many lessons to reread, the newest first: a plan is read on a phone, before an interview. */
export const MAX_LESSONS_TO_REREAD = 8

/** A lesson's key in `carriedLessons`: lesson ids are only unique within their debrief. */
export const lessonKey = (interviewId: string, lessonId: string): string => `${interviewId}/${lessonId}`

/**
 * The lessons of earlier debriefs (dated before `before`) that the plan does not already show
 * beside a carried action (`carriedLessons`, keyed by `lessonKey`), newest interview first, without empty ones or the same wording twice.
 */
export function lessonsToReread(
  sources: readonly LessonSource[],
  before: string,
  carriedLessons: ReadonlySet<string>,
): LessonToReread[] {
  const seen = new Set<string>()
  return [...sources]
    .filter((s) => s.date < before)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .flatMap((source) =>
      source.lessons.flatMap((lesson) => {
        const text = lesson.text.trim()
        const key = text.toLowerCase().replace(/\s+/g, ' ')
        if (!text || carriedLessons.has(lessonKey(source.interviewId, lesson.id)) || seen.has(key)) return []
        seen.add(key)
        return [
          {
            sourceInterviewId: source.interviewId,
            company: source.company,
            date: source.date,
            lessonId: lesson.id,
            lesson: text,
          },
        ]
      }),
    )
    .slice(0, MAX_LESSONS_TO_REREAD)
}
