import { type Cause, type DebriefContent, RATINGS, type Rating } from '../debrief'
import type { DebriefFacts } from './types'

/**
 * The few facts Progress reads from a debrief: its self-ratings, the causes it names, how many
 * lessons it holds and where its actions stand. Blank actions do not count; a lesson counts when
 * it has words, or at least one action with words.
 */
export function debriefFacts(content: DebriefContent): DebriefFacts {
  const ratings = Object.fromEntries(RATINGS.map((r) => [r, content.ratings[r] ?? null])) as Record<
    Rating,
    number | null
  >
  const causes: Cause[] = []
  for (const c of content.causes) if (!causes.includes(c.cause)) causes.push(c.cause)

  const actions = content.lessons.flatMap((lesson) => lesson.actions.filter((a) => a.text.trim()))
  const lessons = content.lessons.filter(
    (lesson) => lesson.text.trim() !== '' || lesson.actions.some((a) => a.text.trim() !== ''),
  ).length

  return {
    ratings,
    causes,
    lessons,
    actions: {
      total: actions.length,
      done: actions.filter((a) => a.status === 'done').length,
      flagged: actions.filter((a) => a.checkBeforeNext).length,
    },
  }
}
