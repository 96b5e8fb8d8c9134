// Builders for the progress tests: plain data, with defaults each test file can set.
import type { Rating } from '../debrief'
import type { DebriefFacts, InterviewFact, ProgressInput } from './types'

export const noRatings: Record<Rating, number | null> = {
  serenity: null,
  confidence: null,
  oralEase: null,
  preparation: null,
}

export const facts = (over: Partial<DebriefFacts> = {}): DebriefFacts => ({
  ratings: noRatings,
  causes: [],
  lessons: 0,
  actions: { total: 0, done: 0, flagged: 0 },
  ...over,
})

export const input = (over: Partial<ProgressInput> = {}): ProgressInput => ({
  interviews: [],
  attemptDays: [],
  cards: { total: 0, mastered: 0 },
  moods: [],
  ...over,
})

/**
 * An `interview(id, date, over)` builder: `date` is a day ('YYYY-MM-DD', taken at `time` UTC) or
 * a full timestamp; `defaults` may depend on the id.
 */
export function interviewBuilder(defaults: (id: string) => Partial<InterviewFact>, time = '09:00:00.000Z') {
  return (id: string, date: string, over: Partial<InterviewFact> = {}): InterviewFact => ({
    interviewId: id,
    applicationId: 'app',
    company: 'Acme',
    role: 'Chargée de projet',
    date: date.includes('T') ? date : `${date}T${time}`,
    stage: 'hr',
    outcome: 'pending',
    debrief: null,
    appliedActions: null,
    ...defaults(id),
    ...over,
  })
}
