/**
 * Plain statements the user's own data supports, in both languages, each with the figures
 * behind it. Thresholds keep quiet when the data is too thin: no statement is better than a
 * guess. Tone is honest: what keeps coming back first, then what is getting better.
 */
import {
  type Bilingual,
  CAUSE_INFO,
  CAUSES,
  type Cause,
  INTERVIEW_STAGES,
  RATING_LABELS,
  RATINGS,
  type Rating,
} from '../debrief'
import type { Lang } from '../language'
import { dayOf, monthLabel, monthOf } from './calendar'
import { formatNumber, formatPercent, mean, round1, sum } from './numbers'
import { applicationStages, chronological, diagnosedInterviews, progressSeries } from './series'
import type { AttemptDay, Insight, InterviewFact, ProgressInput } from './types'

export const INSIGHT_RULES = {
  /** Causes: look at the last (up to) 5 diagnosed interviews, and only from 3 of them. */
  recentWindow: 5,
  minRecentDiagnosed: 3,
  recurringMinCount: 2,
  maxRecurring: 2,
  /** A cause named at least twice, absent from at least the last 3 diagnosed interviews. */
  fadedMinCount: 2,
  fadedMinAbsent: 3,
  maxFaded: 2,
  /** Stages: at least 4 applications on each side of the month, and 20 points more. */
  stageMinApplications: 4,
  stageMinRisePoints: 20,
  /** Self-ratings: 4 rated interviews, first 3 vs last 3, half a point apart. */
  ratingMinRated: 4,
  ratingSpan: 3,
  ratingMinChange: 0.5,
  /** Rehearsal: 10 attempts in all, at least 5 on each side. */
  rehearsalMinAttempts: 10,
  rehearsalMinSide: 5,
  fillersMinDrop: 1,
  assertivenessMinRise: 5,
  /** Applied actions: at least 3 offered. */
  actionsMinOffered: 3,
  maxInsights: 6,
} as const

const EPSILON = 1e-9

const quote = (text: string, lang: Lang) => (lang === 'fr' ? `« ${text} »` : `“${text}”`)
const both = (make: (lang: Lang) => string): Bilingual => ({ fr: make('fr'), en: make('en') })

/** Statements about the user's progress, most useful first, at most six. */
export function progressInsights(input: ProgressInput, now: Date): Insight[] {
  const today = dayOf(now.toISOString())
  const interviews = chronological(input.interviews.filter((i) => Date.parse(i.date) <= now.getTime()))
  const attemptDays = input.attemptDays
    .map((d) => ({ ...d, day: dayOf(d.day) }))
    .filter((d) => d.day <= today && d.attempts > 0)
    .sort((a, b) => (a.day < b.day ? -1 : 1))

  const { recurring, faded } = causeInsights(interviews)
  const ratings = ratingInsights(interviews)
  const actions = actionInsight({ ...input, interviews })
  const candidates = [
    ...recurring,
    ...faded,
    ...stageInsight(interviews),
    ...ratings.filter((i) => i.tone === 'encouraging'),
    ...rehearsalInsights(attemptDays),
    ...actions.filter((i) => i.tone === 'encouraging'),
    ...ratings.filter((i) => i.tone === 'attention'),
    ...actions.filter((i) => i.tone === 'attention'),
  ]
  return candidates.slice(0, INSIGHT_RULES.maxInsights)
}

/**
 * "derniers entretiens" when the window is exactly the latest interviews; "derniers entretiens
 * débriefés" when some recent interviews have no diagnosed causes, so the statement stays true.
 */
function windowWords(interviews: InterviewFact[], window: InterviewFact[]) {
  const latest = interviews.slice(-window.length)
  const exact = window.every((w, i) => w === latest[i])
  return exact
    ? { fr: 'derniers entretiens', en: 'interviews' }
    : { fr: 'derniers entretiens débriefés', en: 'debriefed interviews' }
}

function causeInsights(interviews: InterviewFact[]): { recurring: Insight[]; faded: Insight[] } {
  const diagnosed = diagnosedInterviews(interviews)
  const label = (cause: Cause, lang: Lang) => quote(CAUSE_INFO[cause].label[lang], lang)
  const byCauseOrder = (a: Cause, b: Cause) => CAUSES.indexOf(a) - CAUSES.indexOf(b)

  // Faded: named at least twice, then absent from the last m >= 3 diagnosed interviews.
  const lastIndex = new Map<Cause, number>()
  const count = new Map<Cause, number>()
  diagnosed.forEach((interview, index) => {
    for (const cause of new Set(interview.debrief?.causes)) {
      lastIndex.set(cause, index)
      count.set(cause, (count.get(cause) ?? 0) + 1)
    }
  })
  const fadedCauses = [...lastIndex]
    .map(([cause, index]) => ({ cause, count: count.get(cause) ?? 0, since: diagnosed.length - 1 - index }))
    .filter((c) => c.count >= INSIGHT_RULES.fadedMinCount && c.since >= INSIGHT_RULES.fadedMinAbsent)
    .sort((a, b) => b.count - a.count || a.since - b.since || byCauseOrder(a.cause, b.cause))
  const faded = fadedCauses.slice(0, INSIGHT_RULES.maxFaded).map(({ cause, count, since }): Insight => {
    const words = windowWords(interviews, diagnosed.slice(-since))
    return {
      id: `cause_faded:${cause}`,
      kind: 'cause_faded',
      tone: 'encouraging',
      message: {
        fr: `${label(cause, 'fr')} n’est pas revenu lors de vos ${since} ${words.fr}.`,
        en: `${label(cause, 'en')} has not come up in your last ${since} ${words.en}.`,
      },
      figures: { cause, count, absentFromLast: since },
    }
  })

  // Recurring: named in k >= 2 of the last N = min(5, diagnosed) interviews, N >= 3.
  const n = Math.min(INSIGHT_RULES.recentWindow, diagnosed.length)
  if (n < INSIGHT_RULES.minRecentDiagnosed) return { recurring: [], faded }
  const window = diagnosed.slice(-n)
  const recent = new Map<Cause, number>()
  for (const interview of window)
    for (const cause of new Set(interview.debrief?.causes)) recent.set(cause, (recent.get(cause) ?? 0) + 1)
  const fadedSet = new Set(fadedCauses.map((c) => c.cause))
  const words = windowWords(interviews, window)
  const recurring = [...recent]
    .filter(([cause, k]) => k >= INSIGHT_RULES.recurringMinCount && !fadedSet.has(cause))
    .sort(([a, ka], [b, kb]) => kb - ka || byCauseOrder(a, b))
    .slice(0, INSIGHT_RULES.maxRecurring)
    .map(
      ([cause, k]): Insight => ({
        id: `cause_recurring:${cause}`,
        kind: 'cause_recurring',
        tone: 'attention',
        message:
          k === n
            ? {
                fr: `${label(cause, 'fr')} est revenu dans chacun de vos ${n} ${words.fr}.`,
                en: `${label(cause, 'en')} came up in each of your last ${n} ${words.en}.`,
              }
            : {
                fr: `${label(cause, 'fr')} est revenu dans ${k} de vos ${n} ${words.fr}.`,
                en: `${label(cause, 'en')} came up in ${k} of your last ${n} ${words.en}.`,
              },
        figures: { cause, count: k, window: n },
      }),
    )
  return { recurring, faded }
}

const STAGE_TARGETS = [
  {
    key: 'final',
    from: INTERVIEW_STAGES.indexOf('final'),
    message: (since: string, after: string, before: string): Bilingual => ({
      fr: `Vous atteignez l’entretien final plus souvent depuis ${since} (${after} contre ${before} avant).`,
      en: `You have been reaching the final round more often since ${since} (${after} compared with ${before} before).`,
    }),
  },
  {
    key: 'beyond_first_rounds',
    from: INTERVIEW_STAGES.indexOf('manager'),
    message: (since: string, after: string, before: string): Bilingual => ({
      fr: `Vous dépassez plus souvent les premiers tours depuis ${since} (${after} contre ${before} avant).`,
      en: `You have been getting past the first rounds more often since ${since} (${after} compared with ${before} before).`,
    }),
  },
] as const

function stageInsight(interviews: InterviewFact[]): Insight[] {
  const apps = applicationStages(interviews).map((a) => ({ month: monthOf(a.firstDate), top: a.top }))
  const months = [...new Set(apps.map((a) => a.month))].sort()
  const percent = (group: typeof apps, from: number) =>
    Math.round((group.filter((a) => a.top >= from).length * 100) / group.length)

  for (const target of STAGE_TARGETS) {
    let best: { month: string; before: number; after: number; pBefore: number; pAfter: number } | null = null
    for (const month of months) {
      const before = apps.filter((a) => a.month < month)
      const after = apps.filter((a) => a.month >= month)
      if (
        before.length < INSIGHT_RULES.stageMinApplications ||
        after.length < INSIGHT_RULES.stageMinApplications
      )
        continue
      const pBefore = percent(before, target.from)
      const pAfter = percent(after, target.from)
      if (pAfter - pBefore < INSIGHT_RULES.stageMinRisePoints) continue
      if (!best || pAfter - pBefore > best.pAfter - best.pBefore)
        best = { month, before: before.length, after: after.length, pBefore, pAfter }
    }
    if (!best) continue
    const { month, pBefore, pAfter } = best
    const message = both(
      (lang) =>
        target.message(monthLabel(month, lang), formatPercent(pAfter, lang), formatPercent(pBefore, lang))[
          lang
        ],
    )
    return [
      {
        id: `stage_progress:${target.key}`,
        kind: 'stage_progress',
        tone: 'encouraging',
        message,
        figures: {
          target: target.key,
          since: month,
          applicationsBefore: best.before,
          applicationsSince: best.after,
          percentBefore: pBefore,
          percentSince: pAfter,
        },
      },
    ]
  }
  return []
}

/** A next step suggested when a self-rating dips: something to do, never a reproach. */
const RATING_NEXT_STEP: Record<Rating, Bilingual> = {
  serenity: {
    fr: 'Quelques minutes de répétition à voix haute avant le prochain entretien peuvent aider.',
    en: 'A few minutes of rehearsing out loud before the next interview can help.',
  },
  confidence: {
    fr: 'Relire ce qui s’est bien passé dans vos débriefs peut aider.',
    en: 'Rereading what went well in your debriefs can help.',
  },
  oralEase: {
    fr: 'Répéter deux questions à voix haute cette semaine peut aider.',
    en: 'Rehearsing two questions out loud this week can help.',
  },
  preparation: {
    fr: 'Le plan de préparation du prochain entretien est un bon point d’appui.',
    en: 'The preparation plan for your next interview is a good place to start.',
  },
}

function ratingInsights(interviews: InterviewFact[]): Insight[] {
  const { points } = progressSeries({
    interviews,
    attemptDays: [],
    cards: { total: 0, mastered: 0 },
    moods: [],
  }).ratings
  const span = INSIGHT_RULES.ratingSpan
  return RATINGS.flatMap((rating): Insight[] => {
    const values = points.flatMap((p) => (p.values[rating] === null ? [] : [p.values[rating]]))
    if (values.length < INSIGHT_RULES.ratingMinRated) return []
    const first = round1(mean(values.slice(0, span)))
    const last = round1(mean(values.slice(-span)))
    const change = round1(last - first)
    if (Math.abs(change) + EPSILON < INSIGHT_RULES.ratingMinChange) return []
    const up = change > 0
    const sentence = (lang: Lang) =>
      lang === 'fr'
        ? `En moyenne, votre auto-évaluation ${quote(RATING_LABELS[rating].fr, 'fr')} est passée de ${formatNumber(first, 'fr')} à ${formatNumber(last, 'fr')} sur 5 entre vos ${span} premiers et vos ${span} derniers entretiens notés.`
        : `On average, your ${quote(RATING_LABELS[rating].en, 'en')} self-rating went from ${formatNumber(first, 'en')} to ${formatNumber(last, 'en')} out of 5 between your first ${span} and your last ${span} rated interviews.`
    return [
      {
        id: `rating_trend:${rating}`,
        kind: 'rating_trend',
        tone: up ? 'encouraging' : 'attention',
        message: both((lang) =>
          up ? sentence(lang) : `${sentence(lang)} ${RATING_NEXT_STEP[rating][lang]}`,
        ),
        figures: { rating, first, last, change, rated: values.length },
      },
    ]
  })
}

type Side = { attempts: number; words: number; fillers: number; assertivenessSum: number; days: number }
const side = (days: AttemptDay[]): Side => ({
  attempts: sum(days.map((d) => d.attempts)),
  words: sum(days.map((d) => d.words)),
  fillers: sum(days.map((d) => d.fillers)),
  assertivenessSum: sum(days.map((d) => d.assertivenessSum)),
  days: days.length,
})

function rehearsalInsights(days: AttemptDay[]): Insight[] {
  const min = INSIGHT_RULES.rehearsalMinSide
  if (sum(days.map((d) => d.attempts)) < INSIGHT_RULES.rehearsalMinAttempts) return []
  // The first days until 5 attempts, the last days until 5 attempts, never sharing a day.
  let head = 0
  for (let acc = 0; head < days.length && acc < min; head++) acc += days[head]?.attempts ?? 0
  let tail = days.length
  for (let acc = 0; tail > 0 && acc < min; tail--) acc += days[tail - 1]?.attempts ?? 0
  if (head > tail) return []
  const early = side(days.slice(0, head))
  const late = side(days.slice(tail))
  if (early.attempts < min || late.attempts < min) return []

  const insights: Insight[] = []
  if (early.words > 0 && late.words > 0) {
    const before = round1((early.fillers * 100) / early.words)
    const after = round1((late.fillers * 100) / late.words)
    if (before - after + EPSILON >= INSIGHT_RULES.fillersMinDrop)
      insights.push({
        id: 'rehearsal_fillers:overall',
        kind: 'rehearsal_fillers',
        tone: 'encouraging',
        message: {
          fr: `Vous utilisez moins de mots de remplissage : ${formatNumber(before, 'fr')} pour 100 mots au début, ${formatNumber(after, 'fr')} sur vos dernières répétitions.`,
          en: `You use fewer filler words: ${formatNumber(before, 'en')} per 100 words at first, ${formatNumber(after, 'en')} in your latest rehearsals.`,
        },
        figures: { before, after, attemptsBefore: early.attempts, attemptsAfter: late.attempts },
      })
  }
  const before = round1(early.assertivenessSum / early.attempts)
  const after = round1(late.assertivenessSum / late.attempts)
  if (after - before + EPSILON >= INSIGHT_RULES.assertivenessMinRise)
    insights.push({
      id: 'rehearsal_assertiveness:overall',
      kind: 'rehearsal_assertiveness',
      tone: 'encouraging',
      message: {
        fr: `Vos réponses sont plus affirmées : un score d’assurance de ${formatNumber(before, 'fr')} sur 100 au début, ${formatNumber(after, 'fr')} sur vos dernières répétitions.`,
        en: `Your answers sound more assertive: an assertiveness score of ${formatNumber(before, 'en')} out of 100 at first, ${formatNumber(after, 'en')} in your latest rehearsals.`,
      },
      figures: { before, after, attemptsBefore: early.attempts, attemptsAfter: late.attempts },
    })
  return insights
}

function actionInsight(input: ProgressInput): Insight[] {
  const { appliedTotal: applied, offeredTotal: offered } = progressSeries(input).lessons
  // Fewer than 3 actions say little; more applied than offered means the data does not add up.
  if (offered < INSIGHT_RULES.actionsMinOffered || applied > offered) return []
  const figures = { applied, offered }
  if (applied === 0)
    return [
      {
        id: 'actions_applied:overall',
        kind: 'actions_applied',
        tone: 'attention',
        message: {
          fr: `Aucune des ${offered} actions préparées n’est encore notée comme appliquée. Les relire juste avant le prochain entretien peut aider.`,
          en: `None of the ${offered} actions you prepared is marked as applied yet. Rereading them just before your next interview can help.`,
        },
        figures,
      },
    ]
  return [
    {
      id: 'actions_applied:overall',
      kind: 'actions_applied',
      tone: 'encouraging',
      message: {
        fr: `Vous avez appliqué ${applied} des ${offered} actions préparées lors de vos entretiens suivants.`,
        en: `You applied ${applied} of the ${offered} actions you prepared, at your following interviews.`,
      },
      figures,
    },
  ]
}
