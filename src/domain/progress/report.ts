/**
 * Progress as a Markdown report the user can bring to a career coach: the period, the totals,
 * what the data shows, then each series as a table. User text is escaped; dates are YYYY-MM-DD.
 */

import { localDay } from '../accounts/time-zone'
import { CAUSE_INFO, escapeMarkdown, RATING_LABELS, RATINGS, STAGE_LABELS } from '../debrief'
import type { Lang } from '../language'
import { isMoodLevel, MOOD_LABELS } from './mood'
import { formatNumber } from './numbers'
import { RECENT_DIAGNOSED, TREND_SPAN } from './series'
import type { Insight, ProgressSeries } from './types'

const T = {
  fr: {
    title: 'Bilan de progression',
    generated: 'Établi le',
    period: 'Période',
    wholeHistory: 'tout l’historique',
    fromTo: (from: string, to: string) => `du ${from} au ${to}`,
    since: (from: string) => `depuis le ${from}`,
    until: (to: string) => `jusqu’au ${to}`,
    overview: 'En bref',
    interviews: 'Entretiens',
    debriefs: 'Débriefs',
    attempts: 'Répétitions',
    insights: 'Ce que montrent vos données',
    noInsight: '_Pas encore assez de données pour en tirer un constat fiable._',
    ratings: 'Auto-évaluation (sur 5)',
    date: 'Date',
    company: 'Entreprise',
    stage: 'Étape',
    trends: `Moyenne des ${TREND_SPAN} premiers puis des ${TREND_SPAN} derniers entretiens notés`,
    causes: 'Causes identifiées',
    diagnosed: 'Entretiens avec au moins une cause identifiée',
    cause: 'Cause',
    count: 'Nombre de fois',
    recent: `Sur les ${RECENT_DIAGNOSED} derniers`,
    stages: 'Étapes atteintes',
    applications: 'Candidatures',
    reached: 'Atteinte',
    passed: 'Franchie',
    rehearsal: 'Répétitions',
    rehearsalAttempts: 'Tentatives',
    cards: 'Questions maîtrisées',
    outOf: (n: number, total: number) => `${n} sur ${total}`,
    week: 'Semaine du',
    assertiveness: 'Assurance (sur 100)',
    fillers: 'Mots de remplissage pour 100 mots',
    lessons: 'Leçons et actions',
    actions: 'Actions notées',
    actionsDone: (total: number, done: number) => `${total}, dont ${done} faites`,
    applied: 'Actions préparées puis appliquées',
    offered: 'Préparées',
    appliedColumn: 'Appliquées',
    moods: 'Humeur',
    mood: 'Humeur',
    note: 'Note',
    empty: '_Rien pour cette période._',
    footer: '_Établi par Rebond à partir de vos débriefs, de vos répétitions et de vos notes._',
  },
  en: {
    title: 'Progress report',
    generated: 'Prepared on',
    period: 'Period',
    wholeHistory: 'all history',
    fromTo: (from: string, to: string) => `from ${from} to ${to}`,
    since: (from: string) => `since ${from}`,
    until: (to: string) => `until ${to}`,
    overview: 'At a glance',
    interviews: 'Interviews',
    debriefs: 'Debriefs',
    attempts: 'Rehearsals',
    insights: 'What your data shows',
    noInsight: '_Not enough data yet for a reliable statement._',
    ratings: 'Self-ratings (out of 5)',
    date: 'Date',
    company: 'Company',
    stage: 'Stage',
    trends: `Average of the first ${TREND_SPAN}, then of the last ${TREND_SPAN} rated interviews`,
    causes: 'Causes found',
    diagnosed: 'Interviews with at least one cause found',
    cause: 'Cause',
    count: 'Times',
    recent: `In the last ${RECENT_DIAGNOSED}`,
    stages: 'Stages reached',
    applications: 'Applications',
    reached: 'Reached',
    passed: 'Passed',
    rehearsal: 'Rehearsal',
    rehearsalAttempts: 'Attempts',
    cards: 'Questions mastered',
    outOf: (n: number, total: number) => `${n} of ${total}`,
    week: 'Week of',
    assertiveness: 'Assertiveness (out of 100)',
    fillers: 'Filler words per 100 words',
    lessons: 'Lessons and actions',
    actions: 'Actions noted',
    actionsDone: (total: number, done: number) => `${total}, ${done} done`,
    applied: 'Prepared actions then applied',
    offered: 'Prepared',
    appliedColumn: 'Applied',
    moods: 'Mood',
    mood: 'Mood',
    note: 'Note',
    empty: '_Nothing for this period._',
    footer: '_Prepared by Rebond from your debriefs, rehearsals and notes._',
  },
} as const

/** User text inside a table cell: escaped, on one line. */
export const tableCell = (text: string): string => {
  const cell = escapeMarkdown(text.trim()).replace(/\s*\n\s*/g, ' ')
  return cell === '' ? '—' : cell
}

/**
 * A date as YYYY-MM-DD when it parses, else the text itself, escaped. A moment (with its time) is
 * given as the day it fell on in the person's zone; a day ('2026-04-02') stays that day.
 */
const plainDateIn = (value: string, timeZone: string): string => {
  if (Number.isNaN(Date.parse(value))) return escapeMarkdown(value)
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : localDay(new Date(value), timeZone)
}

const table = (headers: string[], rows: string[][]): string[] => [
  `| ${headers.join(' | ')} |`,
  `|${headers.map(() => ' --- ').join('|')}|`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
]

export function progressReportMarkdown(
  series: ProgressSeries,
  insights: Insight[],
  options: {
    lang: Lang
    from: string | null
    to: string | null
    name: string
    now: Date
    /** The person's IANA time zone, for the days moments fell on; UTC when not given. */
    timeZone?: string
  },
): string {
  const { lang } = options
  const timeZone = options.timeZone ?? 'UTC'
  const plainDate = (value: string) => plainDateIn(value, timeZone)
  const t = T[lang]
  // French typography puts a space before the colon.
  const colon = lang === 'fr' ? ' :' : ':'
  const num = (x: number | null) => (x === null ? '—' : formatNumber(x, lang))
  const out: string[] = []
  const section = (title: string) => out.push('', `## ${title}`, '')

  const name = options.name.trim()
  out.push(`# ${t.title}${name ? ` — ${escapeMarkdown(name).replace(/\s*\n\s*/g, ' ')}` : ''}`, '')
  const from = options.from && plainDate(options.from)
  const to = options.to && plainDate(options.to)
  const period = from && to ? t.fromTo(from, to) : from ? t.since(from) : to ? t.until(to) : t.wholeHistory
  out.push(`- ${t.period}${colon} ${period}`)
  out.push(`- ${t.generated}${colon} ${localDay(options.now, timeZone)}`)

  section(t.overview)
  out.push(`- ${t.interviews}${colon} ${series.totals.interviews}`)
  out.push(`- ${t.debriefs}${colon} ${series.totals.debriefs}`)
  out.push(`- ${t.attempts}${colon} ${series.totals.attempts}`)

  section(t.insights)
  if (insights.length === 0) out.push(t.noInsight)
  for (const insight of insights) out.push(`- ${escapeMarkdown(insight.message[lang])}`)

  section(t.ratings)
  if (series.ratings.points.length === 0) out.push(t.empty)
  else {
    out.push(
      ...table(
        [t.date, t.company, t.stage, ...RATINGS.map((r) => RATING_LABELS[r][lang])],
        series.ratings.points.map((p) => [
          plainDate(p.date),
          tableCell(p.company),
          STAGE_LABELS[p.stage][lang],
          ...RATINGS.map((r) => num(p.values[r])),
        ]),
      ),
    )
    const trends = RATINGS.flatMap((r) => {
      const trend = series.ratings.trends[r]
      return trend ? [`- ${RATING_LABELS[r][lang]}${colon} ${num(trend.first)} → ${num(trend.last)}`] : []
    })
    if (trends.length > 0) out.push('', `${t.trends}${colon}`, '', ...trends)
  }

  section(t.causes)
  if (series.causes.rows.length === 0) out.push(t.empty)
  else {
    out.push(`${t.diagnosed}${colon} ${series.causes.diagnosedInterviews}`, '')
    out.push(
      ...table(
        [t.cause, t.count, t.recent],
        series.causes.rows.map((row) => [
          CAUSE_INFO[row.cause].label[lang],
          String(row.count),
          String(row.recent),
        ]),
      ),
    )
  }

  section(t.stages)
  if (series.stages.applications === 0) out.push(t.empty)
  else {
    out.push(`${t.applications}${colon} ${series.stages.applications}`, '')
    out.push(
      ...table(
        [t.stage, t.reached, t.passed],
        series.stages.funnel.map((row) => [
          STAGE_LABELS[row.stage][lang],
          String(row.reached),
          String(row.passed),
        ]),
      ),
    )
  }

  section(t.rehearsal)
  out.push(`- ${t.rehearsalAttempts}${colon} ${series.rehearsal.attempts}`)
  out.push(`- ${t.cards}${colon} ${t.outOf(series.rehearsal.cardsMastered, series.rehearsal.cardsTotal)}`)
  const weeks = series.rehearsal.weeks.filter((w) => w.attempts > 0)
  if (weeks.length > 0)
    out.push(
      '',
      ...table(
        [t.week, t.rehearsalAttempts, t.assertiveness, t.fillers],
        weeks.map((w) => [w.week, String(w.attempts), num(w.assertiveness), num(w.fillersPer100)]),
      ),
    )

  section(t.lessons)
  const { lessons } = series
  out.push(`- ${t.actions}${colon} ${t.actionsDone(lessons.actionsTotal, lessons.actionsDone)}`)
  if (lessons.applied.length > 0) {
    out.push(`- ${t.applied}${colon} ${t.outOf(lessons.appliedTotal, lessons.offeredTotal)}`, '')
    out.push(
      ...table(
        [t.date, t.company, t.offered, t.appliedColumn],
        lessons.applied.map((a) => [
          plainDate(a.date),
          tableCell(a.company),
          String(a.offered),
          String(a.applied),
        ]),
      ),
    )
  }

  section(t.moods)
  if (series.moods.length === 0) out.push(t.empty)
  else
    out.push(
      ...table(
        [t.date, t.mood, t.note],
        series.moods.map((m) => [
          plainDate(m.at),
          isMoodLevel(m.mood) ? `${MOOD_LABELS[m.mood][lang]} (${m.mood}/5)` : `${num(m.mood)}/5`,
          tableCell(m.note),
        ]),
      ),
    )

  out.push('', '---', '', t.footer)
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`
}
