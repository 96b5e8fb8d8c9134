import type {
  Cause,
  DebriefStep,
  DestabilizationReason,
  Emotion,
  QuestionFeeling,
  Rating,
  Severity,
} from './taxonomy'

/** Length limits, shown in the UI and enforced by the API. */
export const LIMITS = {
  company: 120,
  role: 120,
  url: 500,
  source: 120,
  applicationNotes: 5000,
  interviewNote: 5000,
  interviewerName: 120,
  interviewerRole: 120,
  interviewers: 10,
  wentWell: 2000,
  feelingsNote: 2000,
  questions: 40,
  question: 1000,
  answer: 4000,
  recruiterReaction: 1000,
  causes: 12,
  evidence: 2000,
  otherLabel: 120,
  betterAnswer: 20_000,
  reasonOther: 500,
  lessons: 5,
  lesson: 1000,
  actionsPerLesson: 10,
  action: 500,
  maxDurationMinutes: 600,
} as const

export type EmotionEntry = { emotion: Emotion; intensity: 1 | 2 | 3 | 4 | 5 }

export type ReplayedQuestion = {
  id: string
  question: string
  answer: string
  feeling: QuestionFeeling | null
  recruiterReaction: string
}

export type DiagnosedCause = {
  cause: Cause
  /** The user's own name for it when `cause` is "other". */
  otherLabel: string
  evidence: string
  severity: Severity
  questionIds: string[]
}

export type DestabilizingQuestion = {
  questionId: string
  reasons: DestabilizationReason[]
  reasonOther: string
  betterAnswer: string
  /** Picked up by the rehearsal deck (on by default). */
  rehearse: boolean
  /** Chosen by the person to work on, though its question is not marked "destabilized". */
  picked?: boolean
}

export type Action = { id: string; text: string; status: 'open' | 'done'; checkBeforeNext: boolean }
export type Lesson = { id: string; text: string; actions: Action[] }

export type DebriefContent = {
  currentStep: DebriefStep | 'summary'
  skipped: DebriefStep[]
  feelings: { emotions: EmotionEntry[]; wentWell: string; note: string }
  questions: ReplayedQuestion[]
  causes: DiagnosedCause[]
  destabilizing: DestabilizingQuestion[]
  lessons: Lesson[]
  ratings: Record<Rating, number | null>
}
