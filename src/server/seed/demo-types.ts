import type {
  ApplicationStatus,
  Cause,
  Emotion,
  InterviewFormat,
  InterviewOutcome,
  InterviewStage,
  QuestionFeeling,
  Severity,
} from '../../domain/debrief'

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

/** A question rehearsed over several days, its answers getting stronger. */
export type DemoRehearsal = {
  question: string
  hint: string
  attempts: {
    daysAgo: number
    grade: 'again' | 'hard' | 'good' | 'easy'
    text: string
    /** Said out loud: what the device would have measured (see `demoDelivery` in seed.ts). */
    spoken?: DemoSpoken
  }[]
}

/** A spoken attempt's measures, written compactly. */
export type DemoSpoken = {
  seconds: number
  /** The estimated pace range, words per minute. */
  wpm: [number, number]
  /** Each silence of the answer, in seconds. */
  pauses: number[]
  /** How much the pitch moves, in semitones (under 2 reads as flat). */
  pitch: number
  /** Probable "euh" the person has not looked at yet. */
  fillers?: number
}

export type DemoAccount = {
  email: string
  displayName: string
  language: 'fr' | 'en'
  rehearsals?: DemoRehearsal[]
  /** Mood check-ins: days ago, 1 (very heavy) to 5 (light), a word. */
  moods?: [number, number, string][]
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
