import { beforeEach, describe, expect, it } from 'vitest'
import { type DebriefContent, emptyDebrief } from '../../domain/debrief'
import { testDatabases } from '../test-support/databases'
import { insertOwnerWithInterviews } from '../test-support/repositories'
import { migratedPerFile } from '../test-support/shared-database'
import type { Repositories } from '.'

const T0 = '2026-03-02T09:00:00.000Z'
const T1 = '2026-03-02T10:00:00.000Z'
const T2 = '2026-03-02T11:00:00.000Z'

const at = (currentStep: DebriefContent['currentStep']): DebriefContent => ({
  ...emptyDebrief(),
  currentStep,
})

/** A debrief that rates serenity 2, names stress twice, and holds one lesson with a done action. */
const diagnosed: DebriefContent = {
  ...emptyDebrief(),
  currentStep: 'summary',
  ratings: { serenity: 2, confidence: null, oralEase: 4, preparation: null },
  causes: [
    { cause: 'stress_body_language', otherLabel: '', evidence: '', severity: 'major', questionIds: [] },
    { cause: 'stress_body_language', otherLabel: '', evidence: 'encore', severity: 'minor', questionIds: [] },
  ],
  lessons: [
    {
      id: 'l1',
      text: 'Respirer avant de répondre',
      actions: [{ id: 'x1', text: 'Cohérence cardiaque', status: 'done', checkBeforeNext: true }],
    },
  ],
}

describe.each(testDatabases)('debriefs repository on $kind', (database) => {
  const ctx = migratedPerFile(database)

  beforeEach(async () => {
    await insertOwnerWithInterviews(ctx.repos, T0, ['i1', 'i2'])
  })

  it('saves only on the version it was based on; a second save on the same base is refused', async () => {
    const first = await ctx.repos.debriefs.save('u1', 'i1', 0, at('replay'), 10, T0)
    expect(first).toEqual({
      saved: true,
      debrief: { version: 1, content: at('replay'), progress: 10, updatedAt: T0 },
    })
    const stored1 = { version: 1, content: at('replay'), progress: 10, updatedAt: T0 }
    // Another tab that also started from nothing: refused, and told what is stored now.
    expect(await ctx.repos.debriefs.save('u1', 'i1', 0, at('ratings'), 50, T1)).toEqual({
      saved: false,
      current: stored1,
    })
    expect(await ctx.repos.debriefs.save('u1', 'i1', 1, at('diagnose'), 30, T1)).toMatchObject({
      saved: true,
      debrief: { version: 2, progress: 30, updatedAt: T1 },
    })
    // The same base once more, and a base from the future: both refused, version 2 stays.
    for (const base of [1, 3]) {
      expect(await ctx.repos.debriefs.save('u1', 'i1', base, at('ratings'), 90, T2)).toMatchObject({
        saved: false,
        current: { version: 2, content: { currentStep: 'diagnose' }, progress: 30, updatedAt: T1 },
      })
    }
    expect(await ctx.repos.debriefs.find('u1', 'i1')).toEqual({
      version: 2,
      content: at('diagnose'),
      progress: 30,
      updatedAt: T1,
    })
  })

  it('lists every debrief of the user, with its interview', async () => {
    await ctx.repos.debriefs.save('u1', 'i1', 0, at('replay'), 10, T0)
    await ctx.repos.debriefs.save('u1', 'i2', 0, diagnosed, 100, T0)
    expect(
      (await ctx.repos.debriefs.listContents('u1')).sort((a, b) =>
        a.interviewId.localeCompare(b.interviewId),
      ),
    ).toEqual([
      { interviewId: 'i1', content: at('replay') },
      { interviewId: 'i2', content: diagnosed },
    ])
  })

  it('keeps the figures Progress reads in step with every save', async () => {
    const factsOfI1 = async () =>
      (await ctx.repos.progress.interviewFacts('u1', {})).find((f) => f.interviewId === 'i1')?.debrief
    await ctx.repos.debriefs.save('u1', 'i1', 0, diagnosed, 100, T0)
    expect(await factsOfI1()).toEqual({
      ratings: { serenity: 2, confidence: null, oralEase: 4, preparation: null },
      causes: ['stress_body_language'],
      lessons: 1,
      actions: { total: 1, done: 1, flagged: 1 },
    })
    await ctx.repos.debriefs.save('u1', 'i1', 1, { ...diagnosed, causes: [], lessons: [] }, 100, T1)
    expect(await factsOfI1()).toMatchObject({
      causes: [],
      lessons: 0,
      actions: { total: 0, done: 0, flagged: 0 },
    })
  })

  const byB: [string, (repos: Repositories) => Promise<unknown>, unknown][] = [
    ['find', (repos) => repos.debriefs.find('u2', 'i1'), undefined],
    ['listContents', (repos) => repos.debriefs.listContents('u2'), []],
    [
      'save on the stored version',
      (repos) => repos.debriefs.save('u2', 'i1', 1, at('summary'), 99, T2),
      { saved: false, current: undefined },
    ],
    [
      'save from nothing',
      (repos) => repos.debriefs.save('u2', 'i1', 0, at('summary'), 99, T2),
      { saved: false, current: undefined },
    ],
  ]
  it('user B reads, changes and deletes nothing of A’s, whatever the query', async () => {
    await ctx.repos.debriefs.save('u1', 'i1', 0, at('replay'), 10, T0)
    const before = await ctx.repos.debriefs.find('u1', 'i1')
    for (const [query, act, nothing] of byB) {
      expect(await act(ctx.repos), query).toEqual(nothing)
      expect(await ctx.repos.debriefs.find('u1', 'i1'), `A’s debrief after B’s ${query}`).toEqual(before)
    }
  })

  it('deleting the interview removes its debrief and no other', async () => {
    await ctx.repos.debriefs.save('u1', 'i1', 0, at('replay'), 10, T0)
    await ctx.repos.debriefs.save('u1', 'i2', 0, at('replay'), 10, T0)
    await ctx.repos.interviews.delete('u1', 'i1')
    expect(await ctx.repos.debriefs.find('u1', 'i1')).toBeUndefined()
    expect((await ctx.repos.debriefs.listContents('u1')).map((d) => d.interviewId)).toEqual(['i2'])
  })
})
