import { describe, expect, it } from 'vitest'
import { type Cause, INTERVIEW_STAGES, type Rating } from '../debrief'
import { leastSquaresSlope, progressSeries, trendOf } from './series'
import { facts, input, interviewBuilder, noRatings } from './test-builders'

const interview = interviewBuilder(() => ({ role: 'Chargée de communication' }), '10:00:00.000Z')
const rated = (ratings: Partial<Record<Rating, number>>) => facts({ ratings: { ...noRatings, ...ratings } })
const diagnosed = (...causes: Cause[]) => facts({ causes })

describe('progress series', () => {
  it('is empty, not broken, without any data', () => {
    expect(progressSeries(input())).toEqual({
      totals: { interviews: 0, debriefs: 0, attempts: 0 },
      ratings: {
        points: [],
        trends: { serenity: null, confidence: null, oralEase: null, preparation: null },
      },
      causes: { diagnosedInterviews: 0, rows: [], months: [] },
      stages: {
        applications: 0,
        funnel: INTERVIEW_STAGES.map((stage) => ({ stage, reached: 0, passed: 0 })),
        months: [],
      },
      rehearsal: { attempts: 0, weeks: [], cardsMastered: 0, cardsTotal: 0 },
      lessons: { actionsTotal: 0, actionsDone: 0, applied: [], appliedTotal: 0, offeredTotal: 0 },
      moods: [],
    })
  })

  it('counts interviews, debriefs and rehearsal attempts', () => {
    const series = progressSeries(
      input({
        interviews: [interview('a', '2026-01-05', { debrief: facts() }), interview('b', '2026-01-06')],
        attemptDays: [
          { day: '2026-01-05', attempts: 4, words: 800, fillers: 20, assertivenessSum: 240 },
          { day: '2026-01-07', attempts: 3, words: 600, fillers: 9, assertivenessSum: 180 },
        ],
      }),
    )
    expect(series.totals).toEqual({ interviews: 2, debriefs: 1, attempts: 7 })
  })

  describe('self-ratings', () => {
    // Given out of order on purpose: the series sorts by date.
    const interviews = [
      interview('i5', '2026-01-05', { debrief: rated({ serenity: 5, oralEase: 4 }) }),
      interview('i1', '2026-01-01', { debrief: rated({ serenity: 1, oralEase: 3, confidence: 2 }) }),
      interview('skip', '2026-01-02', { debrief: facts() }),
      interview('i3', '2026-01-03', { debrief: rated({ serenity: 3, oralEase: 5 }) }),
      interview('none', '2026-01-03T12:00:00.000Z', { debrief: null }),
      interview('i2', '2026-01-02T12:00:00.000Z', { debrief: rated({ serenity: 2 }) }),
      interview('i4', '2026-01-04', { debrief: rated({ serenity: 4, confidence: 4 }) }),
    ]
    const { ratings } = progressSeries(input({ interviews }))

    it('has one point per interview with at least one rating, oldest first', () => {
      expect(ratings.points.map((p) => p.interviewId)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5'])
      expect(ratings.points[0]).toEqual({
        interviewId: 'i1',
        date: '2026-01-01T10:00:00.000Z',
        company: 'Acme',
        stage: 'hr',
        values: { serenity: 1, confidence: 2, oralEase: 3, preparation: null },
      })
    })

    it('computes a trend from three values, over the index of the rated interviews', () => {
      expect(ratings.trends.serenity).toEqual({ first: 2, last: 4, slope: 1, points: 5 })
      // oralEase is rated at points 0, 2 and 4: 3, 5, 4.
      expect(ratings.trends.oralEase).toEqual({ first: 4, last: 4, slope: 0.25, points: 3 })
      expect(ratings.trends.confidence).toBeNull()
      expect(ratings.trends.preparation).toBeNull()
    })
  })

  it.each([
    { points: [], slope: 0 },
    { points: [{ x: 0, y: 3 }], slope: 0 },
    {
      points: [
        { x: 0, y: 1 },
        { x: 1, y: 3 },
        { x: 2, y: 5 },
      ],
      slope: 2,
    },
    {
      points: [
        { x: 0, y: 4 },
        { x: 1, y: 4 },
        { x: 3, y: 2 },
      ],
      slope: -0.7142857142857143,
    },
  ])('least-squares slope of $points.length points', ({ points, slope }) => {
    expect(leastSquaresSlope(points)).toBeCloseTo(slope, 10)
  })

  it('rounds a trend to two decimals and needs three points', () => {
    const ys = [1, 2, 2, 5]
    expect(trendOf(ys.map((y, x) => ({ x, y })))).toEqual({ first: 1.67, last: 3, slope: 1.2, points: 4 })
    expect(trendOf(ys.slice(0, 2).map((y, x) => ({ x, y })))).toBeNull()
  })

  describe('causes', () => {
    const interviews = [
      interview('d1', '2026-01-10', { debrief: diagnosed('company_research', 'salary') }),
      interview('d2', '2026-01-20', { debrief: diagnosed('salary') }),
      interview('d3', '2026-02-03', { debrief: diagnosed('company_research') }),
      interview('empty', '2026-02-10', { debrief: facts() }),
      interview('none', '2026-02-11'),
      interview('d4', '2026-03-02', { debrief: diagnosed('no_examples') }),
      interview('d5', '2026-03-15', { debrief: diagnosed('company_research', 'no_examples') }),
      interview('d6', '2026-05-01', { debrief: diagnosed('stress_body_language') }),
      interview('d7', '2026-05-20', { debrief: diagnosed('no_examples') }),
    ]
    const { causes } = progressSeries(input({ interviews: [...interviews].reverse() }))

    it('counts only interviews whose debrief names a cause', () => {
      expect(causes.diagnosedInterviews).toBe(7)
    })

    it('has a row per cause, most frequent first, with recent counts and the gap since', () => {
      expect(causes.rows).toEqual([
        {
          cause: 'no_examples',
          count: 3,
          recent: 3,
          lastSeen: '2026-05-20T10:00:00.000Z',
          interviewsSince: 0,
        },
        {
          cause: 'company_research',
          count: 3,
          recent: 2,
          lastSeen: '2026-03-15T10:00:00.000Z',
          interviewsSince: 2,
        },
        { cause: 'salary', count: 2, recent: 0, lastSeen: '2026-01-20T10:00:00.000Z', interviewsSince: 5 },
        {
          cause: 'stress_body_language',
          count: 1,
          recent: 1,
          lastSeen: '2026-05-01T10:00:00.000Z',
          interviewsSince: 1,
        },
      ])
    })

    it('groups diagnosed interviews by month', () => {
      expect(causes.months).toEqual([
        { month: '2026-01', diagnosed: 2, counts: { company_research: 1, salary: 2 } },
        { month: '2026-02', diagnosed: 1, counts: { company_research: 1 } },
        { month: '2026-03', diagnosed: 2, counts: { no_examples: 2, company_research: 1 } },
        { month: '2026-05', diagnosed: 2, counts: { stress_body_language: 1, no_examples: 1 } },
      ])
    })
  })

  describe('stages', () => {
    const { stages } = progressSeries(
      input({
        interviews: [
          interview('a1', '2026-01-05', { applicationId: 'A', stage: 'screening', outcome: 'passed' }),
          interview('a2', '2026-01-12', { applicationId: 'A', stage: 'hr', outcome: 'rejected' }),
          interview('b1', '2026-01-20', { applicationId: 'B', stage: 'hr', outcome: 'pending' }),
          interview('c4', '2026-04-02', { applicationId: 'C', stage: 'final', outcome: 'rejected' }),
          interview('c1', '2026-01-07', { applicationId: 'C', stage: 'screening', outcome: 'passed' }),
          interview('c2', '2026-01-14', { applicationId: 'C', stage: 'hr', outcome: 'passed' }),
          interview('c3', '2026-01-28', { applicationId: 'C', stage: 'manager', outcome: 'passed' }),
          interview('d1', '2026-01-30', { applicationId: 'D', stage: 'technical', outcome: 'passed' }),
        ],
      }),
    )

    it('follows each application through the stages', () => {
      expect(stages.applications).toBe(4)
      expect(stages.funnel).toEqual([
        { stage: 'screening', reached: 4, passed: 4 },
        { stage: 'hr', reached: 4, passed: 2 },
        { stage: 'manager', reached: 2, passed: 2 },
        { stage: 'technical', reached: 2, passed: 2 },
        { stage: 'panel', reached: 1, passed: 1 },
        { stage: 'final', reached: 1, passed: 0 },
      ])
    })

    it('counts interviews per month, with the empty months in between', () => {
      expect(stages.months).toEqual([
        { month: '2026-01', interviews: 7 },
        { month: '2026-02', interviews: 0 },
        { month: '2026-03', interviews: 0 },
        { month: '2026-04', interviews: 1 },
      ])
    })
  })

  it('sums rehearsal days into ISO weeks, with empty weeks in between', () => {
    const { rehearsal } = progressSeries(
      input({
        attemptDays: [
          { day: '2026-03-04', attempts: 2, words: 400, fillers: 10, assertivenessSum: 120 },
          { day: '2026-03-18', attempts: 3, words: 0, fillers: 0, assertivenessSum: 150 },
          { day: '2026-03-02', attempts: 1, words: 200, fillers: 3, assertivenessSum: 55 },
        ],
        cards: { total: 40, mastered: 7 },
      }),
    )
    expect(rehearsal).toEqual({
      attempts: 6,
      weeks: [
        { week: '2026-03-02', attempts: 3, assertiveness: 58.3, fillersPer100: 2.2 },
        { week: '2026-03-09', attempts: 0, assertiveness: null, fillersPer100: null },
        { week: '2026-03-16', attempts: 3, assertiveness: 50, fillersPer100: null },
      ],
      cardsMastered: 7,
      cardsTotal: 40,
    })
  })

  it('lists what was applied, of what the plan offered, where the person answered', () => {
    const { lessons } = progressSeries(
      input({
        interviews: [
          interview('i4', '2026-02-01', { appliedActions: { applied: 2, offered: 3 }, company: 'Delta' }),
          interview('i1', '2026-01-10', {
            debrief: facts({ actions: { total: 3, done: 1, flagged: 2 } }),
          }),
          // A plan whose applied question was never answered says nothing.
          interview('i3', '2026-01-20', { company: 'Gamma' }),
          interview('i2', '2026-01-20', {
            company: 'Beta',
            appliedActions: { applied: 1, offered: 2 },
            debrief: facts({ actions: { total: 2, done: 2, flagged: 1 } }),
          }),
        ],
      }),
    )
    expect(lessons).toEqual({
      actionsTotal: 5,
      actionsDone: 3,
      applied: [
        { interviewId: 'i2', date: '2026-01-20T10:00:00.000Z', company: 'Beta', offered: 2, applied: 1 },
        { interviewId: 'i4', date: '2026-02-01T10:00:00.000Z', company: 'Delta', offered: 3, applied: 2 },
      ],
      appliedTotal: 3,
      offeredTotal: 5,
    })
  })

  it('passes the mood check-ins through, oldest first', () => {
    const moods = [
      { id: 'm2', at: '2026-03-02T08:00:00.000Z', mood: 4, note: 'Mieux' },
      { id: 'm1', at: '2026-03-01T08:00:00.000Z', mood: 2, note: '' },
    ]
    expect(progressSeries(input({ moods })).moods.map((m) => m.id)).toEqual(['m1', 'm2'])
  })
})
