import type {
  ApplicationStatus,
  Cause,
  Emotion,
  InterviewFormat,
  InterviewOutcome,
  InterviewStage,
  QuestionFeeling,
  Severity,
} from '../../../domain/debrief'

/** Demo content written compactly; `seed.ts` turns it into rows through the repositories. */
export type DemoDebrief = {
  emotions: [Emotion, 1 | 2 | 3 | 4 | 5][]
  wentWell: string
  questions: { q: string; a: string; feeling: QuestionFeeling; reaction?: string }[]
  /** cause, severity, evidence, indexes of related questions */
  causes: [Cause, Severity, string, number[]?][]
  /** better answers by question index */
  better?: Record<number, string>
  rehearse?: number[]
  /** lesson, its actions (the first is flagged for the next interview) */
  lessons: [string, string[]][]
  /** serenity, confidence, oral ease, preparation; null while not reached */
  ratings: [number, number, number, number] | null
  currentStep?: 'feelings' | 'replay' | 'diagnose' | 'destabilizing' | 'lessons' | 'ratings'
}

export type DemoInterview = {
  /** Negative: an upcoming interview. */
  daysAgo: number
  hour: number
  stage: InterviewStage
  format: InterviewFormat
  outcome: InterviewOutcome
  gutFeeling: number | null
  note: string
  interviewers?: { name: string; role: string }[]
  debrief?: DemoDebrief
}

export type DemoAccount = {
  email: string
  displayName: string
  language: 'fr' | 'en'
  applications: {
    key: string
    company: string
    role: string
    source: string
    status: ApplicationStatus
    notes: string
    interviews: DemoInterview[]
  }[]
}
