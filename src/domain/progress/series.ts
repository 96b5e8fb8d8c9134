import { CAUSES, type Cause, INTERVIEW_STAGES, RATINGS, type Rating } from '../debrief'
import { dayOf, monthOf, monthRange, weekOf, weekRange } from './calendar'
import { mean, round1, round2, sum } from './numbers'
import type { InterviewFact, MoodEntry, ProgressInput, ProgressSeries, Trend } from './types'

/** How many of the latest diagnosed interviews count as "recent" for causes. */
export const RECENT_DIAGNOSED = 5
/**
 * A card counts as mastered once its next review is at least this many days away (the usual
 * "mature card" threshold of spaced repetition).
 */
export const MASTERED_INTERVAL_DAYS = 21
/** A trend compares the mean of the first and of the last this-many values, and needs that many. */
export const TREND_SPAN = 3

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Interviews oldest first (ties by id, so the order never depends on the input's). */
export function chronological(interviews: readonly InterviewFact[]): InterviewFact[] {
  // Each date is parsed once, not at every comparison: histories run to thousands of interviews.
  return interviews
    .map((interview) => ({ interview, time: Date.parse(interview.date) }))
    .sort((a, b) => a.time - b.time || compareText(a.interview.interviewId, b.interview.interviewId))
    .map(({ interview }) => interview)
}

/** Least-squares slope of `y` over `x`; 0 when every `x` is the same. */
export function leastSquaresSlope(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) return 0
  const mx = mean(points.map((p) => p.x))
  const my = mean(points.map((p) => p.y))
  const sxx = sum(points.map((p) => (p.x - mx) ** 2))
  return sxx === 0 ? 0 : sum(points.map((p) => (p.x - mx) * (p.y - my))) / sxx
}

/** First and last means (of up to TREND_SPAN values) and the slope; null below TREND_SPAN points. */
export function trendOf(points: readonly { x: number; y: number }[]): Trend | null {
  if (points.length < TREND_SPAN) return null
  const ys = points.map((p) => p.y)
  return {
    first: round2(mean(ys.slice(0, TREND_SPAN))),
    last: round2(mean(ys.slice(-TREND_SPAN))),
    slope: round2(leastSquaresSlope(points)),
    points: points.length,
  }
}

/** Every figure the Progress screen charts, from interviews, rehearsal days, cards and moods. */
export function progressSeries(input: ProgressInput): ProgressSeries {
  const interviews = chronological(input.interviews)
  const attempts = sum(input.attemptDays.map((d) => d.attempts))
  return {
    totals: {
      interviews: interviews.length,
      debriefs: interviews.filter((i) => i.debrief !== null).length,
      attempts,
    },
    ratings: ratingSeries(interviews),
    causes: causeSeries(interviews),
    stages: stageSeries(interviews),
    rehearsal: { ...rehearsalSeries(input), attempts },
    lessons: lessonSeries(interviews),
    moods: sortMoods(input.moods),
  }
}

function ratingSeries(interviews: InterviewFact[]): ProgressSeries['ratings'] {
  const points = interviews.flatMap((i) =>
    i.debrief && RATINGS.some((r) => i.debrief?.ratings[r] != null)
      ? [
          {
            interviewId: i.interviewId,
            date: i.date,
            company: i.company,
            stage: i.stage,
            values: Object.fromEntries(RATINGS.map((r) => [r, i.debrief?.ratings[r] ?? null])) as Record<
              Rating,
              number | null
            >,
          },
        ]
      : [],
  )
  const trends = Object.fromEntries(
    RATINGS.map((r) => [
      r,
      trendOf(
        points.flatMap((p, x) => {
          const y = p.values[r]
          return y === null ? [] : [{ x, y }]
        }),
      ),
    ]),
  ) as Record<Rating, Trend | null>
  return { points, trends }
}

/** Interviews whose debrief names at least one cause, oldest first. */
export const diagnosedInterviews = (interviews: readonly InterviewFact[]): InterviewFact[] =>
  chronological(interviews).filter((i) => (i.debrief?.causes.length ?? 0) > 0)

function causeSeries(interviews: InterviewFact[]): ProgressSeries['causes'] {
  const diagnosed = diagnosedInterviews(interviews)
  const recentFrom = diagnosed.length - RECENT_DIAGNOSED
  const seen = new Map<Cause, { count: number; recent: number; lastIndex: number; lastSeen: string }>()
  const months = new Map<string, { diagnosed: number; counts: Partial<Record<Cause, number>> }>()

  diagnosed.forEach((interview, index) => {
    const month = monthOf(interview.date)
    const bucket = months.get(month) ?? { diagnosed: 0, counts: {} }
    bucket.diagnosed += 1
    months.set(month, bucket)
    for (const cause of new Set(interview.debrief?.causes)) {
      const row = seen.get(cause) ?? { count: 0, recent: 0, lastIndex: 0, lastSeen: interview.date }
      row.count += 1
      if (index >= recentFrom) row.recent += 1
      row.lastIndex = index
      row.lastSeen = interview.date
      seen.set(cause, row)
      bucket.counts[cause] = (bucket.counts[cause] ?? 0) + 1
    }
  })

  const rows = [...seen].map(([cause, row]) => ({
    cause,
    count: row.count,
    recent: row.recent,
    lastSeen: row.lastSeen,
    interviewsSince: diagnosed.length - 1 - row.lastIndex,
  }))
  rows.sort(
    (a, b) =>
      b.count - a.count ||
      a.interviewsSince - b.interviewsSince ||
      CAUSES.indexOf(a.cause) - CAUSES.indexOf(b.cause),
  )
  return {
    diagnosedInterviews: diagnosed.length,
    rows,
    months: [...months]
      .sort(([a], [b]) => compareText(a, b))
      .map(([month, bucket]) => ({ month, ...bucket })),
  }
}

/** Per application: the furthest stage reached (index) and the stages passed with outcome 'passed'. */
export function applicationStages(interviews: readonly InterviewFact[]) {
  const apps = new Map<
    string,
    { applicationId: string; firstDate: string; top: number; passed: Set<number> }
  >()
  for (const interview of chronological(interviews)) {
    const index = INTERVIEW_STAGES.indexOf(interview.stage)
    const app = apps.get(interview.applicationId) ?? {
      applicationId: interview.applicationId,
      firstDate: interview.date,
      top: index,
      passed: new Set<number>(),
    }
    app.top = Math.max(app.top, index)
    if (interview.outcome === 'passed') app.passed.add(index)
    apps.set(interview.applicationId, app)
  }
  return [...apps.values()]
}

function stageSeries(interviews: InterviewFact[]): ProgressSeries['stages'] {
  const apps = applicationStages(interviews)
  const funnel = INTERVIEW_STAGES.map((stage, s) => ({
    stage,
    reached: apps.filter((a) => a.top >= s).length,
    passed: apps.filter((a) => a.top > s || a.passed.has(s)).length,
  }))
  const perMonth = new Map<string, number>()
  for (const i of interviews) perMonth.set(monthOf(i.date), (perMonth.get(monthOf(i.date)) ?? 0) + 1)
  const first = interviews[0]
  const last = interviews.at(-1)
  const months =
    first && last
      ? monthRange(monthOf(first.date), monthOf(last.date)).map((month) => ({
          month,
          interviews: perMonth.get(month) ?? 0,
        }))
      : []
  return { applications: apps.length, funnel, months }
}

function rehearsalSeries(input: ProgressInput): Omit<ProgressSeries['rehearsal'], 'attempts'> {
  const days = input.attemptDays
    .map((d) => ({ ...d, day: dayOf(d.day) }))
    .sort((a, b) => compareText(a.day, b.day))
  const perWeek = new Map<
    string,
    { attempts: number; words: number; fillers: number; assertiveness: number }
  >()
  for (const d of days) {
    const week = weekOf(d.day)
    const w = perWeek.get(week) ?? { attempts: 0, words: 0, fillers: 0, assertiveness: 0 }
    w.attempts += d.attempts
    w.words += d.words
    w.fillers += d.fillers
    w.assertiveness += d.assertivenessSum
    perWeek.set(week, w)
  }
  const first = days[0]
  const last = days.at(-1)
  const weeks =
    first && last
      ? weekRange(first.day, last.day).map((week) => {
          const w = perWeek.get(week)
          return {
            week,
            attempts: w?.attempts ?? 0,
            assertiveness: w && w.attempts > 0 ? round1(w.assertiveness / w.attempts) : null,
            fillersPer100: w && w.attempts > 0 && w.words > 0 ? round1((w.fillers * 100) / w.words) : null,
          }
        })
      : []
  return { weeks, cardsMastered: input.cards.mastered, cardsTotal: input.cards.total }
}

function lessonSeries(interviews: InterviewFact[]): ProgressSeries['lessons'] {
  const applied = interviews.flatMap((interview) =>
    interview.appliedActions === null
      ? []
      : [
          {
            interviewId: interview.interviewId,
            date: interview.date,
            company: interview.company,
            offered: interview.appliedActions.offered,
            applied: interview.appliedActions.applied,
          },
        ],
  )
  return {
    actionsTotal: sum(interviews.map((i) => i.debrief?.actions.total ?? 0)),
    actionsDone: sum(interviews.map((i) => i.debrief?.actions.done ?? 0)),
    applied,
    appliedTotal: sum(applied.map((a) => a.applied)),
    offeredTotal: sum(applied.map((a) => a.offered)),
  }
}

/** Moods in the order they were noted, oldest first (ties by id, so the order never depends on the database). */
export const sortMoods = (moods: readonly MoodEntry[]): MoodEntry[] =>
  [...moods].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || compareText(a.id, b.id))
