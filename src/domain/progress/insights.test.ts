import { describe, expect, it } from 'vitest'
import type { Cause, InterviewOutcome, InterviewStage, Rating } from '../debrief'
import { progressInsights } from './insights'
import { facts, input, interviewBuilder, noRatings } from './test-builders'
import type { AttemptDay, InterviewFact, ProgressInput } from './types'

const now = new Date('2026-06-15T12:00:00.000Z')

const interview = interviewBuilder((id) => ({
  applicationId: `app-${id}`,
  company: `Company ${id}`,
  role: 'Chargé de projet',
  outcome: 'rejected',
}))
/** One diagnosed interview a day from 1 May 2026, naming the given causes. */
const diagnosedHistory = (...causes: Cause[][]): InterviewFact[] =>
  causes.map((c, i) =>
    interview(`d${i + 1}`, `2026-05-${String(i + 1).padStart(2, '0')}`, { debrief: facts({ causes: c }) }),
  )
/** One rated interview a day from 1 April 2026. */
const ratedHistory = (rating: Rating, values: number[]): InterviewFact[] =>
  values.map((v, i) =>
    interview(`r${i + 1}`, `2026-04-${String(i + 1).padStart(2, '0')}`, {
      debrief: facts({ ratings: { ...noRatings, [rating]: v } }),
    }),
  )
/** An application with interviews at the given stages, its first one on `date`. */
const application = (id: string, date: string, stages: InterviewStage[]): InterviewFact[] =>
  stages.map((stage, i) => {
    const outcome: InterviewOutcome = i < stages.length - 1 ? 'passed' : 'rejected'
    const day = new Date(Date.parse(`${date}T09:00:00.000Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10)
    return interview(`${id}-${i}`, day, { applicationId: id, stage, outcome })
  })
const applications = (prefix: string, date: string, count: number, stages: InterviewStage[] = ['hr']) =>
  Array.from({ length: count }, (_, i) => application(`${prefix}${i}`, date, stages)).flat()
const day = (d: string, attempts: number, words: number, fillers: number, assertivenessSum: number) =>
  ({ day: d, attempts, words, fillers, assertivenessSum }) satisfies AttemptDay
const rehearsalDays = [
  day('2026-05-01', 3, 300, 19, 150),
  day('2026-05-02', 3, 300, 18, 150),
  day('2026-05-05', 2, 200, 8, 110),
  day('2026-05-09', 5, 500, 19, 300),
]
const withPlans = (flagged: number, applied: number[]): InterviewFact[] => [
  interview('p0', '2026-03-01', { debrief: facts({ actions: { total: flagged, done: 0, flagged } }) }),
  ...applied.map((a, i) =>
    interview(`p${i + 1}`, `2026-03-1${i}`, { appliedActions: { applied: a, offered: flagged } }),
  ),
]

const scenarios = {
  recurring: input({
    interviews: diagnosedHistory(
      ['company_research'],
      ['salary'],
      ['company_research'],
      ['logistics'],
      ['company_research'],
    ),
  }),
  recurringEach: input({ interviews: diagnosedHistory(['salary'], ['salary', 'other'], ['salary']) }),
  recurringWithUndiagnosed: input({
    interviews: [
      ...diagnosedHistory(['company_research'], ['company_research'], ['salary']),
      interview('plain', '2026-05-02T12:00:00.000Z', { debrief: facts() }),
    ],
  }),
  recurringTwoOnly: input({ interviews: diagnosedHistory(['company_research'], ['company_research']) }),
  recurringInFuture: input({
    interviews: [
      ...diagnosedHistory(['company_research'], ['company_research']),
      interview('future', '2026-06-20', { debrief: facts({ causes: ['company_research'] }) }),
    ],
  }),
  recurringMany: input({
    interviews: diagnosedHistory(
      ...Array.from({ length: 5 }, (): Cause[] => ['skill_gap', 'no_examples', 'company_research']),
    ),
  }),
  faded: input({
    interviews: diagnosedHistory(
      ['stress_body_language'],
      ['stress_body_language'],
      ['stress_body_language'],
      ['salary'],
      ['no_examples'],
      ['logistics'],
      ['other'],
    ),
  }),
  fadedNotRecurring: input({
    interviews: diagnosedHistory(['salary'], ['salary'], ['logistics'], ['no_examples'], ['skill_gap']),
  }),
  fadedTooRecent: input({
    interviews: diagnosedHistory(['salary'], ['salary'], ['logistics'], ['no_examples']),
  }),
  fadedSeenOnce: input({
    interviews: diagnosedHistory(
      ['salary'],
      ['logistics'],
      ['no_examples'],
      ['skill_gap'],
      ['other'],
      ['fit_mismatch'],
    ),
  }),
  stageFinal: input({
    interviews: [
      ...application('jan-final', '2026-01-05', ['screening', 'final']),
      ...applications('jan', '2026-01-10', 4),
      ...applications('feb', '2026-02-10', 5),
      ...application('mar-final-a', '2026-03-02', ['screening', 'final']),
      ...application('mar-final-b', '2026-03-05', ['hr', 'manager', 'final']),
      ...applications('mar', '2026-03-10', 3),
    ],
  }),
  stageBeyondFirstRounds: input({
    interviews: [
      ...applications('jan', '2026-01-10', 4),
      ...applications('apr-far', '2026-04-02', 2, ['hr', 'manager']),
      ...applications('apr', '2026-04-10', 2),
    ],
  }),
  stageTooFewBefore: input({
    interviews: [
      ...applications('jan', '2026-01-10', 3),
      ...applications('apr-final', '2026-04-02', 4, ['hr', 'final']),
      ...applications('apr', '2026-04-10', 1),
    ],
  }),
  stageSmallRise: input({
    interviews: [
      ...application('jan-final', '2026-01-05', ['hr', 'final']),
      ...applications('jan', '2026-01-10', 4),
      ...applications('apr-final', '2026-04-02', 2, ['hr', 'final']),
      ...applications('apr', '2026-04-10', 4),
    ],
  }),
  ratingUp: input({ interviews: ratedHistory('serenity', [2, 2, 3, 4, 4]) }),
  ratingDown: input({ interviews: ratedHistory('preparation', [4, 4, 4, 3, 3]) }),
  ratingThreeOnly: input({ interviews: ratedHistory('serenity', [1, 3, 5]) }),
  ratingSmallChange: input({ interviews: ratedHistory('serenity', [3, 3, 3, 4]) }),
  rehearsal: input({ attemptDays: rehearsalDays }),
  rehearsalNineAttempts: input({
    attemptDays: [day('2026-05-01', 5, 500, 40, 200), day('2026-05-03', 4, 400, 4, 320)],
  }),
  rehearsalFutureDays: input({
    attemptDays: [
      day('2026-05-01', 5, 500, 40, 200),
      day('2026-05-03', 4, 400, 4, 320),
      day('2026-06-20', 10, 1000, 0, 900),
    ],
  }),
  rehearsalOneDay: input({ attemptDays: [day('2026-05-01', 12, 1200, 10, 700)] }),
  rehearsalSmallChange: input({
    attemptDays: [day('2026-05-01', 5, 500, 31, 250), day('2026-05-08', 5, 500, 27, 270)],
  }),
  actionsApplied: input({ interviews: withPlans(3, [2, 2]) }),
  actionsTooFew: input({ interviews: withPlans(2, [2]) }),
  actionsNoneApplied: input({ interviews: withPlans(3, [0]) }),
  actionsInconsistent: input({ interviews: withPlans(3, [5]) }),
  combined: input({
    interviews: diagnosedHistory(
      ['stress_body_language'],
      ['stress_body_language'],
      ['company_research'],
      ['company_research'],
      ['salary'],
      ['company_research'],
    ).map((iv, i) => ({
      ...iv,
      debrief: facts({
        causes: iv.debrief?.causes ?? [],
        ratings: {
          ...noRatings,
          serenity: [2, 2, 3, 4, 4, 4][i] ?? null,
          preparation: [4, 4, 4, 3, 3, 3][i] ?? null,
        },
        actions: i === 0 ? { total: 3, done: 0, flagged: 3 } : { total: 0, done: 0, flagged: 0 },
      }),
      appliedActions: i >= 4 ? { applied: 2, offered: 3 } : null,
    })),
    attemptDays: rehearsalDays,
  }),
} satisfies Record<string, ProgressInput>

const run = (name: keyof typeof scenarios) => progressInsights(scenarios[name], now)

describe('cause insights', () => {
  it('names a cause that keeps coming back, with its figures', () => {
    expect(run('recurring')).toEqual([
      {
        id: 'cause_recurring:company_research',
        kind: 'cause_recurring',
        tone: 'attention',
        message: {
          fr: '« Recherches insuffisantes sur l’entreprise » est revenu dans 3 de vos 5 derniers entretiens.',
          en: '“Not enough research on the company” came up in 3 of your last 5 interviews.',
        },
        figures: { cause: 'company_research', count: 3, window: 5 },
      },
    ])
  })

  it('says "each" when every recent interview named it, and uses the label of "other" as is', () => {
    const insights = run('recurringEach')
    expect(insights.map((i) => i.message)).toEqual([
      {
        fr: '« Prétentions salariales » est revenu dans chacun de vos 3 derniers entretiens.',
        en: '“Salary expectations” came up in each of your last 3 interviews.',
      },
    ])
  })

  it('says "debriefed" when some recent interviews name no cause', () => {
    expect(run('recurringWithUndiagnosed')[0]?.message).toEqual({
      fr: '« Recherches insuffisantes sur l’entreprise » est revenu dans 2 de vos 3 derniers entretiens débriefés.',
      en: '“Not enough research on the company” came up in 2 of your last 3 debriefed interviews.',
    })
  })

  it('keeps the two most frequent recurring causes', () => {
    expect(run('recurringMany').map((i) => i.id)).toEqual([
      'cause_recurring:company_research',
      'cause_recurring:no_examples',
    ])
  })

  it('notices a cause that has stopped coming up', () => {
    expect(run('faded')).toEqual([
      {
        id: 'cause_faded:stress_body_language',
        kind: 'cause_faded',
        tone: 'encouraging',
        message: {
          fr: '« Stress et langage corporel » n’est pas revenu lors de vos 4 derniers entretiens.',
          en: '“Stress and body language” has not come up in your last 4 interviews.',
        },
        figures: { cause: 'stress_body_language', count: 3, absentFromLast: 4 },
      },
    ])
  })

  it('does not call a cause recurring when it has faded from the last three', () => {
    expect(run('fadedNotRecurring').map((i) => i.id)).toEqual(['cause_faded:salary'])
  })

  it.each([
    { name: 'recurringTwoOnly', why: 'two diagnosed interviews only', kinds: [] },
    { name: 'recurringInFuture', why: 'the third is dated in the future', kinds: [] },
    { name: 'fadedTooRecent', why: 'absent from two interviews only', kinds: ['cause_recurring'] },
    { name: 'fadedSeenOnce', why: 'named once before', kinds: [] },
  ] as const)('says nothing too early: $why', ({ name, kinds }) => {
    expect(run(name).map((i) => i.kind)).toEqual(kinds)
  })
})

describe('stage insights', () => {
  it('notices reaching the final round more often since a month', () => {
    expect(run('stageFinal')).toEqual([
      {
        id: 'stage_progress:final',
        kind: 'stage_progress',
        tone: 'encouraging',
        message: {
          fr: 'Vous atteignez l’entretien final plus souvent depuis mars 2026 (40 % contre 10 % avant).',
          en: 'You have been reaching the final round more often since March 2026 (40% compared with 10% before).',
        },
        figures: {
          target: 'final',
          since: '2026-03',
          applicationsBefore: 10,
          applicationsSince: 5,
          percentBefore: 10,
          percentSince: 40,
        },
      },
    ])
  })

  it('falls back to getting past the first rounds', () => {
    const insights = run('stageBeyondFirstRounds')
    expect(insights.map((i) => [i.id, i.message])).toEqual([
      [
        'stage_progress:beyond_first_rounds',
        {
          fr: 'Vous dépassez plus souvent les premiers tours depuis avril 2026 (50 % contre 0 % avant).',
          en: 'You have been getting past the first rounds more often since April 2026 (50% compared with 0% before).',
        },
      ],
    ])
  })

  it.each([
    { name: 'stageTooFewBefore', why: 'three applications before the month' },
    { name: 'stageSmallRise', why: 'a rise of 13 points' },
  ] as const)('says nothing on thin data: $why', ({ name }) => {
    expect(run(name)).toEqual([])
  })
})

describe('self-rating insights', () => {
  it('notices a rating that went up', () => {
    expect(run('ratingUp')).toEqual([
      {
        id: 'rating_trend:serenity',
        kind: 'rating_trend',
        tone: 'encouraging',
        message: {
          fr: 'En moyenne, votre auto-évaluation « Sérénité » est passée de 2,3 à 3,7 sur 5 entre vos 3 premiers et vos 3 derniers entretiens notés.',
          en: 'On average, your “Calm” self-rating went from 2.3 to 3.7 out of 5 between your first 3 and your last 3 rated interviews.',
        },
        figures: { rating: 'serenity', first: 2.3, last: 3.7, change: 1.4, rated: 5 },
      },
    ])
  })

  it('words a dip gently, with a next step', () => {
    const [insight] = run('ratingDown')
    expect(insight?.tone).toBe('attention')
    expect(insight?.message.en).toBe(
      'On average, your “Preparation” self-rating went from 4 to 3.3 out of 5 between your first 3 and your last 3 rated interviews. The preparation plan for your next interview is a good place to start.',
    )
    expect(insight?.message.fr).toContain('de 4 à 3,3 sur 5')
    expect(insight?.figures).toEqual({ rating: 'preparation', first: 4, last: 3.3, change: -0.7, rated: 5 })
  })

  it.each([
    { name: 'ratingThreeOnly', why: 'three rated interviews' },
    { name: 'ratingSmallChange', why: 'a change of 0.3' },
  ] as const)('says nothing on thin data: $why', ({ name }) => {
    expect(run(name)).toEqual([])
  })
})

describe('rehearsal insights', () => {
  it('compares the first and the last five attempts, day by day', () => {
    expect(run('rehearsal')).toEqual([
      {
        id: 'rehearsal_fillers:overall',
        kind: 'rehearsal_fillers',
        tone: 'encouraging',
        message: {
          fr: 'Vous utilisez moins de mots de remplissage : 6,2 pour 100 mots au début, 3,8 sur vos dernières répétitions.',
          en: 'You use fewer filler words: 6.2 per 100 words at first, 3.8 in your latest rehearsals.',
        },
        figures: { before: 6.2, after: 3.8, attemptsBefore: 6, attemptsAfter: 5 },
      },
      {
        id: 'rehearsal_assertiveness:overall',
        kind: 'rehearsal_assertiveness',
        tone: 'encouraging',
        message: {
          fr: 'Vos réponses sont plus affirmées : un score d’assurance de 50 sur 100 au début, 60 sur vos dernières répétitions.',
          en: 'Your answers sound more assertive: an assertiveness score of 50 out of 100 at first, 60 in your latest rehearsals.',
        },
        figures: { before: 50, after: 60, attemptsBefore: 6, attemptsAfter: 5 },
      },
    ])
  })

  it.each([
    { name: 'rehearsalNineAttempts', why: 'nine attempts' },
    { name: 'rehearsalFutureDays', why: 'ten more attempts dated in the future' },
    { name: 'rehearsalOneDay', why: 'every attempt on the same day' },
    { name: 'rehearsalSmallChange', why: 'fillers down 0.8, assertiveness up 4' },
  ] as const)('says nothing on thin data: $why', ({ name }) => {
    expect(run(name)).toEqual([])
  })
})

describe('applied actions', () => {
  it('counts the prepared actions applied at later interviews', () => {
    expect(run('actionsApplied')).toEqual([
      {
        id: 'actions_applied:overall',
        kind: 'actions_applied',
        tone: 'encouraging',
        message: {
          fr: 'Vous avez appliqué 4 des 6 actions préparées lors de vos entretiens suivants.',
          en: 'You applied 4 of the 6 actions you prepared, at your following interviews.',
        },
        figures: { applied: 4, offered: 6 },
      },
    ])
  })

  it('words "none applied" as a suggestion, not a reproach', () => {
    const [insight] = run('actionsNoneApplied')
    expect(insight).toMatchObject({ tone: 'attention', figures: { applied: 0, offered: 3 } })
    expect(insight?.message.fr).toBe(
      'Aucune des 3 actions préparées n’est encore notée comme appliquée. Les relire juste avant le prochain entretien peut aider.',
    )
  })

  it.each([
    { name: 'actionsTooFew', why: 'two actions offered' },
    { name: 'actionsInconsistent', why: 'more applied than offered' },
  ] as const)('says nothing when the data does not support it: $why', ({ name }) => {
    expect(run(name)).toEqual([])
  })
})

describe('all insights', () => {
  it('puts recurring causes first, then what improves, then gentle alerts, six at most', () => {
    expect(run('combined').map((i) => i.id)).toEqual([
      'cause_recurring:company_research',
      'cause_faded:stress_body_language',
      'rating_trend:serenity',
      'rehearsal_fillers:overall',
      'rehearsal_assertiveness:overall',
      'actions_applied:overall',
    ])
    const withoutRehearsal = progressInsights({ ...scenarios.combined, attemptDays: [] }, now)
    expect(withoutRehearsal.map((i) => i.id)).toEqual([
      'cause_recurring:company_research',
      'cause_faded:stress_body_language',
      'rating_trend:serenity',
      'actions_applied:overall',
      'rating_trend:preparation',
    ])
  })

  it('says nothing at all without data', () => {
    expect(progressInsights(input(), now)).toEqual([])
  })

  it.each(Object.keys(scenarios) as (keyof typeof scenarios)[])(
    '%s: every statement reads well in both languages',
    (name) => {
      const insights = run(name)
      expect(new Set(insights.map((i) => i.id)).size).toBe(insights.length)
      for (const insight of insights) {
        expect(insight.id.startsWith(`${insight.kind}:`)).toBe(true)
        for (const text of [insight.message.fr, insight.message.en]) {
          expect(text.trim().length).toBeGreaterThan(20)
          expect(text).not.toMatch(/undefined|NaN|null|Infinity|\[object/)
          expect(text).toMatch(/[.!]$/)
        }
        expect(insight.message.fr).not.toBe(insight.message.en)
        for (const value of Object.values(insight.figures))
          expect(typeof value === 'string' ? value !== '' : Number.isFinite(value)).toBe(true)
      }
    },
  )
})
