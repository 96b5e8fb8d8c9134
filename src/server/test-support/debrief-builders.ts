import type { ReplayedQuestion } from '../../domain/debrief'

/** A question replayed in a debrief, unanswered and with no feeling given; the fields a test names win. */
export const replayedQuestion = (id: string, fields: Partial<ReplayedQuestion> = {}): ReplayedQuestion => ({
  id,
  question: `Question ${id} ?`,
  answer: '',
  feeling: null,
  recruiterReaction: '',
  ...fields,
})
