import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs'
import type { CardStateName, GradeName } from './grades'

/**
 * Spaced repetition through ts-fsrs: the schedule of a card is FSRS state, stored as plain
 * values; this module only converts between that and the library. Pure: the clock is passed in.
 */
export type Schedule = {
  due: string
  stability: number
  difficulty: number
  elapsedDays: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  state: CardStateName
  lastReview: string | null
}

const gradeToRating: Record<GradeName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
}
const stateNames: Record<State, CardStateName> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
}
const stateValues: Record<CardStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
}

// Fuzz off: the same history always gives the same schedule (tests and users alike).
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true })

const fromCard = (card: Card): Schedule => ({
  due: card.due.toISOString(),
  stability: card.stability,
  difficulty: card.difficulty,
  elapsedDays: card.elapsed_days,
  scheduledDays: card.scheduled_days,
  learningSteps: card.learning_steps,
  reps: card.reps,
  lapses: card.lapses,
  state: stateNames[card.state],
  lastReview: card.last_review ? card.last_review.toISOString() : null,
})

/** A schedule's memory figures as ts-fsrs names them; the cards table keeps the same column names. */
export const fsrsMemory = (s: Schedule) => ({
  stability: s.stability,
  difficulty: s.difficulty,
  elapsed_days: s.elapsedDays,
  scheduled_days: s.scheduledDays,
  learning_steps: s.learningSteps,
  reps: s.reps,
  lapses: s.lapses,
})

const toCard = (s: Schedule): Card => ({
  due: new Date(s.due),
  ...fsrsMemory(s),
  state: stateValues[s.state],
  ...(s.lastReview ? { last_review: new Date(s.lastReview) } : {}),
})

/** A card never rehearsed: due now. */
export function newSchedule(now: Date): Schedule {
  return fromCard(createEmptyCard(now))
}

/** The schedule after rehearsing the card at `now` with this grade. */
export function reschedule(schedule: Schedule, grade: GradeName, now: Date): Schedule {
  return fromCard(scheduler.next(toCard(schedule), now, gradeToRating[grade]).card)
}

/** When the card would come back for each grade: shown on the grade buttons. */
export function previewIntervals(schedule: Schedule, now: Date): Record<GradeName, string> {
  const preview = scheduler.repeat(toCard(schedule), now)
  return {
    again: preview[Rating.Again].card.due.toISOString(),
    hard: preview[Rating.Hard].card.due.toISOString(),
    good: preview[Rating.Good].card.due.toISOString(),
    easy: preview[Rating.Easy].card.due.toISOString(),
  }
}
