import type { TFunction } from 'i18next'
import {
  CAUSE_INFO,
  type Cause,
  type InterviewStage,
  RATING_LABELS,
  RATINGS,
  STAGE_LABELS,
} from '../../../../domain/debrief'
import { INSIGHT_RULES, RECENT_DIAGNOSED, TREND_SPAN } from '../../../../domain/progress'
import type { ProgressResponse } from '../../../../shared/schemas/progress'
import type { Formats } from './use-formats'

/**
 * What each section says in words. The same sentences summarise the charts for screen readers,
 * sit above them for everyone, and fill the printable report. Thresholds are the insights' own,
 * so the page never claims a trend the insights would keep quiet about.
 */
type T = TFunction<'progress'>

export const causeLabel = (cause: Cause, f: Formats) => CAUSE_INFO[cause].label[f.lang]

export function ratingsSummary(data: ProgressResponse, t: T, f: Formats): string[] {
  const { points, trends } = data.ratings
  if (points.length === 0) return []
  const sentences: string[] = []
  for (const rating of RATINGS) {
    const trend = trends[rating]
    if (!trend || trend.points < INSIGHT_RULES.ratingMinRated) continue
    const name = RATING_LABELS[rating][f.lang]
    const change = trend.last - trend.first
    const values = { name, from: f.number(trend.first), to: f.number(trend.last) }
    if (Math.abs(change) < INSIGHT_RULES.ratingMinChange) sentences.push(t('ratings.stable', values))
    else sentences.push(t(change > 0 ? 'ratings.up' : 'ratings.down', values))
  }
  if (sentences.length === 0) {
    return [t('ratings.tooEarly', { count: points.length, needed: INSIGHT_RULES.ratingMinRated })]
  }
  return [...sentences, t('ratings.how', { span: TREND_SPAN })]
}

export function causesSummary(data: ProgressResponse, t: T, f: Formats): string[] {
  const { diagnosedInterviews: diagnosed, rows } = data.causes
  if (diagnosed === 0) return []
  const sentences = [t('causes.diagnosed', { count: diagnosed })]
  const window = Math.min(RECENT_DIAGNOSED, diagnosed)
  if (diagnosed < INSIGHT_RULES.minRecentDiagnosed) {
    sentences.push(t('causes.tooEarly', { needed: INSIGHT_RULES.minRecentDiagnosed }))
  } else {
    const recurring = rows.filter((r) => r.recent >= INSIGHT_RULES.recurringMinCount)
    for (const row of recurring)
      sentences.push(t('causes.recurring', { cause: causeLabel(row.cause, f), count: row.recent, window }))
    if (recurring.length === 0) sentences.push(t('causes.noneRecurring', { window }))
  }
  for (const row of rows)
    if (row.count >= INSIGHT_RULES.fadedMinCount && row.interviewsSince >= INSIGHT_RULES.fadedMinAbsent)
      sentences.push(t('causes.faded', { cause: causeLabel(row.cause, f), count: row.interviewsSince }))
  return sentences
}

export function stagesSummary(data: ProgressResponse, t: T, f: Formats): string[] {
  const { applications, funnel } = data.stages
  if (data.totals.interviews === 0) return []
  const sentences = [
    t('stages.counts', {
      applications: t('stages.applications', { count: applications }),
      interviews: t('stages.interviews', { count: data.totals.interviews }),
    }),
  ]
  const furthest = [...funnel].reverse().find((row) => row.reached > 0)
  if (furthest) {
    sentences.push(
      t('stages.furthest', {
        stage: stageLabel(furthest.stage, f),
        count: furthest.reached,
      }),
    )
  }
  const beyond = funnel.find((row) => row.stage === 'manager')
  if (beyond && applications > 0)
    sentences.push(t('stages.beyond', { count: beyond.reached, total: applications }))
  return sentences
}

export const stageLabel = (stage: InterviewStage, f: Formats) => STAGE_LABELS[stage][f.lang]

/** The first and last of the weeks' figures that are known, when at least two are. */
function firstAndLast(values: readonly (number | null)[]): { first: number; last: number } | null {
  const known = values.filter((v): v is number => v !== null)
  const first = known[0]
  const last = known.at(-1)
  return first !== undefined && last !== undefined && known.length > 1 ? { first, last } : null
}

export function rehearsalSummary(data: ProgressResponse, t: T, f: Formats): string[] {
  const { attempts, weeks, cardsMastered, cardsTotal } = data.rehearsal
  if (attempts === 0 && cardsTotal === 0) return []
  const sentences: string[] = []
  if (attempts === 0) sentences.push(t('rehearsal.noAttempts'))
  else {
    const active = weeks.filter((w) => w.attempts > 0).length
    sentences.push(
      t('rehearsal.attempts', { attempts: t('rehearsal.attemptsCount', { count: attempts }), count: active }),
    )
    const assertiveness = firstAndLast(weeks.map((w) => w.assertiveness))
    if (assertiveness)
      sentences.push(
        t('rehearsal.assertivenessChange', {
          from: f.number(assertiveness.first),
          to: f.number(assertiveness.last),
        }),
      )
    const fillers = firstAndLast(weeks.map((w) => w.fillersPer100))
    if (fillers)
      sentences.push(
        t('rehearsal.fillersChange', { from: f.number(fillers.first), to: f.number(fillers.last) }),
      )
  }
  if (cardsTotal > 0) sentences.push(t('rehearsal.cards', { mastered: cardsMastered, count: cardsTotal }))
  else sentences.push(t('rehearsal.noCards'))
  return sentences
}

export function lessonsSummary(data: ProgressResponse, t: T): string[] {
  const { actionsTotal, actionsDone, applied, appliedTotal, offeredTotal } = data.lessons
  if (actionsTotal === 0 && applied.length === 0) return []
  const sentences: string[] = []
  if (actionsTotal > 0) sentences.push(t('lessons.done', { done: actionsDone, count: actionsTotal }))
  if (offeredTotal > 0) sentences.push(t('lessons.applied', { applied: appliedTotal, count: offeredTotal }))
  else sentences.push(t('lessons.appliedLater'))
  return sentences
}

/** "3 interviews, 2 debriefs, 14 attempts": what the figures are made of. */
export function totalsSentence(data: ProgressResponse, t: T): string {
  return t('totals', {
    interviews: t('counts.interviews', { count: data.totals.interviews }),
    debriefs: t('counts.debriefs', { count: data.totals.debriefs }),
    attempts: t('counts.attempts', { count: data.totals.attempts }),
  })
}
