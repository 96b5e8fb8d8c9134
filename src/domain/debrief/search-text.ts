import type { DebriefContent } from './types'

/**
 * The words of a debrief that the interviews search looks in: the questions and what was
 * answered (then and, better, since), the evidence behind each cause, and the lessons with their
 * actions. Feelings and ratings are left out: one searches a debrief for what was said and learnt.
 */
export function debriefSearchText(content: DebriefContent): string[] {
  return [
    ...content.questions.flatMap((q) => [q.question, q.answer, q.recruiterReaction]),
    ...content.destabilizing.map((d) => d.betterAnswer),
    ...content.causes.flatMap((c) => [c.otherLabel, c.evidence]),
    ...content.lessons.flatMap((l) => [l.text, ...l.actions.map((a) => a.text)]),
  ].filter((text) => text.trim() !== '')
}
