import type { Bilingual, Cause, InterviewOutcome, InterviewStage, Rating } from '../debrief'

/**
 * What Progress needs to know about one debrief, computed from its document at every save and
 * stored beside it, so charts over a thousand interviews need not parse whole documents.
 */
export type DebriefFacts = {
  ratings: Record<Rating, number | null>
  /** Distinct diagnosed causes, in the order they were chosen. */
  causes: Cause[]
  lessons: number
  actions: { total: number; done: number; flagged: number }
}

/** One interview as Progress sees it: the interview, its application, and its debrief's facts. */
export type InterviewFact = {
  interviewId: string
  applicationId: string
  company: string
  role: string
  /** ISO 8601, UTC. */
  date: string
  stage: InterviewStage
  outcome: InterviewOutcome
  debrief: DebriefFacts | null
  /**
   * The person's answer to "which prepared actions did you apply?" at this interview: how many
   * they ticked, of how many the plan offered then; null until they answer.
   */
  appliedActions: { applied: number; offered: number } | null
}

/** Rehearsal attempts summed per UTC day ('YYYY-MM-DD'), days in ascending order. */
export type AttemptDay = {
  day: string
  attempts: number
  words: number
  fillers: number
  assertivenessSum: number
}

export type CardsFact = { total: number; mastered: number }

/** A mood check-in: 1 (very heavy) to 5 (light), with an optional word. */
export type MoodEntry = { id: string; at: string; mood: number; note: string }

export type ProgressInput = {
  interviews: InterviewFact[]
  attemptDays: AttemptDay[]
  cards: CardsFact
  moods: MoodEntry[]
}

export type Trend = { first: number; last: number; slope: number; points: number }

export type ProgressSeries = {
  totals: { interviews: number; debriefs: number; attempts: number }
  ratings: {
    points: {
      interviewId: string
      date: string
      company: string
      stage: InterviewStage
      values: Record<Rating, number | null>
    }[]
    trends: Record<Rating, Trend | null>
  }
  causes: {
    diagnosedInterviews: number
    rows: {
      cause: Cause
      count: number
      /** How many of the last five diagnosed interviews named it. */
      recent: number
      lastSeen: string | null
      /** Diagnosed interviews since it last came up (0: the latest named it). */
      interviewsSince: number
    }[]
    /** Per month ('YYYY-MM'), how many diagnosed interviews named each cause. */
    months: { month: string; diagnosed: number; counts: Partial<Record<Cause, number>> }[]
  }
  stages: {
    applications: number
    funnel: { stage: InterviewStage; reached: number; passed: number }[]
    months: { month: string; interviews: number }[]
  }
  rehearsal: {
    attempts: number
    /** ISO weeks, keyed by their Monday ('YYYY-MM-DD'). */
    weeks: { week: string; attempts: number; assertiveness: number | null; fillersPer100: number | null }[]
    cardsMastered: number
    cardsTotal: number
  }
  lessons: {
    actionsTotal: number
    actionsDone: number
    /** Interviews that had a plan: actions carried into it, and how many were applied there. */
    applied: { interviewId: string; date: string; company: string; offered: number; applied: number }[]
    appliedTotal: number
    offeredTotal: number
  }
  moods: MoodEntry[]
}

export const INSIGHT_KINDS = [
  'cause_recurring',
  'cause_faded',
  'stage_progress',
  'rating_trend',
  'rehearsal_fillers',
  'rehearsal_assertiveness',
  'actions_applied',
] as const
export type InsightKind = (typeof INSIGHT_KINDS)[number]

export type Insight = {
  id: string
  kind: InsightKind
  tone: 'encouraging' | 'attention'
  message: Bilingual
  /** The figures behind the statement, so a person can check it. */
  figures: Record<string, number | string>
}
