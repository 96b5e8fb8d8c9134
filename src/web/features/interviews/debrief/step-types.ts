import type { DebriefContent, ReplayedQuestion } from '../../../../domain/debrief'

export type Edit = (change: (content: DebriefContent) => DebriefContent) => void

export type StepProps = {
  interviewId: string
  content: DebriefContent
  edit: Edit
  /** Field messages from the API, keyed by path inside the debrief ("questions.0.question"). */
  errors: Record<string, string>
}

/** A new id for a question, a lesson or an action. */
export function newId(): string {
  return crypto.randomUUID()
}

/** A replayed question not written yet, as "add a question" makes it. */
export const emptyQuestion = (): ReplayedQuestion => ({
  id: newId(),
  question: '',
  answer: '',
  feeling: null,
  recruiterReaction: '',
})
