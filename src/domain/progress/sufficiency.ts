/**
 * Whether a Progress section has enough data to draw: a chart of one dot per series says
 * nothing, so below these minimums the page says in one line what will appear, and when.
 */
import type { ProgressSeries } from './types'

export const PROGRESS_SECTIONS = ['ratings', 'causes', 'stages', 'rehearsal', 'lessons'] as const
export type ProgressSection = (typeof PROGRESS_SECTIONS)[number]

/**
 * What each section counts, and how many it needs before its charts are drawn: two points make a
 * line (rated interviews), a comparison (interviews with causes named, interviews along the
 * stages) or a week-to-week change (weeks with rehearsals); one debrief's actions already make a
 * done/open bar.
 */
export const SECTION_MINIMUMS: Record<ProgressSection, number> = {
  ratings: 2,
  causes: 2,
  stages: 2,
  rehearsal: 2,
  lessons: 1,
}

export type SectionSufficiency = { enough: boolean; have: number; need: number }

/** The figures the decision reads (the whole series, or its JSON twin in the browser). */
export type SeriesForSufficiency = {
  totals: Pick<ProgressSeries['totals'], 'interviews'>
  ratings: { points: readonly unknown[] }
  causes: Pick<ProgressSeries['causes'], 'diagnosedInterviews'>
  rehearsal: { weeks: readonly { attempts: number }[] }
  lessons: Pick<ProgressSeries['lessons'], 'actionsTotal'> & { applied: readonly unknown[] }
}

/** What each section counts towards its minimum. */
function counted(series: SeriesForSufficiency): Record<ProgressSection, number> {
  return {
    ratings: series.ratings.points.length,
    causes: series.causes.diagnosedInterviews,
    stages: series.totals.interviews,
    rehearsal: series.rehearsal.weeks.filter((w) => w.attempts > 0).length,
    lessons: series.lessons.actionsTotal > 0 || series.lessons.applied.length > 0 ? 1 : 0,
  }
}

/** For each section: whether it has enough to draw, what it has, and what it needs. */
export function sectionSufficiency(
  series: SeriesForSufficiency,
): Record<ProgressSection, SectionSufficiency> {
  const have = counted(series)
  return Object.fromEntries(
    PROGRESS_SECTIONS.map((section) => {
      const need = SECTION_MINIMUMS[section]
      return [section, { enough: have[section] >= need, have: have[section], need }]
    }),
  ) as Record<ProgressSection, SectionSufficiency>
}

/** A month-by-month chart needs at least this many months: one column alone compares nothing. */
export const MIN_MONTHS_FOR_CHART = 2

/** Whether a month-by-month chart has something to compare. */
export const monthsEnough = (months: readonly unknown[]): boolean => months.length >= MIN_MONTHS_FOR_CHART
