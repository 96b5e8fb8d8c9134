import { beforeEach, describe, expect, it } from 'vitest'
import { emptyDebrief } from '../../domain/debrief'
import { newSchedule, type Schedule } from '../../domain/rehearsal/scheduling'
import { testDatabases } from '../test-support/databases'
import { attemptFigures, newAttempt, newCard } from '../test-support/rehearsal-builders'
import { insertOwnerWithInterviews } from '../test-support/repositories'
import { migratedPerFile } from '../test-support/shared-database'
import type { Repositories } from '.'
import { emptyPrep } from './preparation.repository'

const T0 = '2026-02-01T09:00:00.000Z'

describe.each(testDatabases)('progress repository on $kind', (database) => {
  const ctx = migratedPerFile(database)

  beforeEach(async () => {
    await insertOwnerWithInterviews(ctx.repos, T0, [
      { id: 'i3', date: '2026-03-10T09:00:00.000Z', stage: 'manager' },
      { id: 'i1', date: '2026-03-02T09:00:00.000Z', stage: 'manager' },
      // The same moment as i3: the id breaks the tie.
      { id: 'i2', date: '2026-03-10T09:00:00.000Z', stage: 'manager' },
      { id: 'i0', date: '2026-02-20T09:00:00.000Z', stage: 'manager' },
    ])
  })

  it('gives each interview with its company, debrief figures and applied actions, by date', async () => {
    await ctx.repos.interviews.update('u1', 'i1', { outcome: 'rejected' }, T0)
    await ctx.repos.debriefs.save(
      'u1',
      'i1',
      0,
      { ...emptyDebrief(), ratings: { serenity: 3, confidence: 2, oralEase: null, preparation: 4 } },
      100,
      T0,
    )
    await ctx.repos.preparation.savePrep(
      'u1',
      'i2',
      { ...emptyPrep(), appliedActionIds: ['x1', 'x2'], appliedOffered: 3 },
      T0,
    )
    await ctx.repos.preparation.savePrep('u1', 'i3', emptyPrep(), T0) // a plan, not answered yet
    const facts = await ctx.repos.progress.interviewFacts('u1', {})
    expect(facts.map((f) => f.interviewId)).toEqual(['i0', 'i1', 'i2', 'i3'])
    expect(facts[1]).toEqual({
      interviewId: 'i1',
      applicationId: 'a1',
      company: 'Decathlon',
      role: 'Analyste',
      date: '2026-03-02T09:00:00.000Z',
      stage: 'manager',
      outcome: 'rejected',
      debrief: {
        ratings: { serenity: 3, confidence: 2, oralEase: null, preparation: 4 },
        causes: [],
        lessons: 0,
        actions: { total: 0, done: 0, flagged: 0 },
      },
      appliedActions: null,
    })
    expect(facts.map((f) => f.appliedActions)).toEqual([null, null, { applied: 2, offered: 3 }, null])
  })

  it('keeps to the range: from included, until excluded', async () => {
    const range = { from: '2026-03-02T09:00:00.000Z', until: '2026-03-10T09:00:00.000Z' }
    expect((await ctx.repos.progress.interviewFacts('u1', range)).map((f) => f.interviewId)).toEqual(['i1'])
    expect(
      (await ctx.repos.progress.interviewFacts('u1', { from: range.until })).map((f) => f.interviewId),
    ).toEqual(['i2', 'i3'])
  })

  it('sums attempts per UTC day, days in order, within the range', async () => {
    await ctx.repos.cards.insert('u1', newCard('c1', T0))
    const attempt = (
      id: string,
      at: string,
      wordCount: number,
      fillerCount: number,
      assertivenessScore: number,
    ) => newAttempt(id, 'c1', at, { figures: attemptFigures({ wordCount, fillerCount, assertivenessScore }) })
    await ctx.repos.attempts.insertMany('u1', [
      attempt('late', '2026-03-03T10:00:00.000Z', 150, 0, 80),
      attempt('night', '2026-03-02T23:30:00.000Z', 100, 2, 40),
      attempt('early', '2026-03-03T00:30:00.000Z', 50, 1, 60),
    ])
    expect(await ctx.repos.progress.attemptDays('u1', {})).toEqual([
      { day: '2026-03-02', attempts: 1, words: 100, fillers: 2, assertivenessSum: 40 },
      { day: '2026-03-03', attempts: 2, words: 200, fillers: 1, assertivenessSum: 140 },
    ])
    expect(
      await ctx.repos.progress.attemptDays('u1', {
        from: '2026-03-03T00:00:00.000Z',
        until: '2026-03-03T10:00:00.000Z',
      }),
    ).toEqual([{ day: '2026-03-03', attempts: 1, words: 50, fillers: 1, assertivenessSum: 60 }])
  })

  it('counts the cards of the deck, and those mastered: in review, next review at least that many days away', async () => {
    const schedule = (state: Schedule['state'], scheduledDays: number): Schedule => ({
      ...newSchedule(new Date(T0)),
      state,
      scheduledDays,
    })
    await ctx.repos.cards.insertMany('u1', [
      newCard('new', T0),
      newCard('far', T0, { schedule: schedule('review', 30) }),
      newCard('just', T0, { schedule: schedule('review', 21) }),
      newCard('near', T0, { schedule: schedule('review', 5) }),
      newCard('relearning', T0, { schedule: schedule('relearning', 40) }),
    ])
    expect(await ctx.repos.progress.cards('u1', 21)).toEqual({ total: 5, mastered: 2 })
    expect(await ctx.repos.progress.cards('u1', 31)).toEqual({ total: 5, mastered: 0 })
  })

  const byB: [string, (repos: Repositories) => Promise<unknown>, unknown][] = [
    ['interviewFacts', (repos) => repos.progress.interviewFacts('u2', {}), []],
    ['attemptDays', (repos) => repos.progress.attemptDays('u2', {}), []],
    ['cards', (repos) => repos.progress.cards('u2', 0), { total: 0, mastered: 0 }],
  ]
  it('user B reads nothing of A’s, whatever the query', async () => {
    await ctx.repos.debriefs.save('u1', 'i1', 0, emptyDebrief(), 10, T0)
    await ctx.repos.cards.insert('u1', newCard('c1', T0))
    await ctx.repos.attempts.insert('u1', newAttempt('t1', 'c1', T0))
    for (const [query, act, nothing] of byB) {
      expect(await act(ctx.repos), query).toEqual(nothing)
    }
  })
})
