import { beforeEach, describe, expect, it } from 'vitest'
import { type DebriefContent, emptyDebrief } from '../../../domain/debrief'
import { emptyPrep } from '../../repositories/preparation.repository'
import { testDatabases } from '../../test-support/databases'
import { insertInterview, insertOwnerWithInterviews, migratedPerTest } from '../../test-support/repositories'
import { createServiceContext } from '../context'
import { buildPlan } from './build-plan'
import { recordCompletion, savePrep } from './save-prep'

const T0 = '2026-03-05T09:00:00.000Z'
const NOW = new Date(T0)

const debriefWith = (status: { a1: 'open' | 'done'; a2: 'open' | 'done' }): DebriefContent => ({
  ...emptyDebrief(),
  lessons: [
    {
      id: 'l1',
      text: 'Chiffrer mes réussites',
      actions: [
        { id: 'a1', text: 'Écrire trois réussites chiffrées', status: status.a1, checkBeforeNext: true },
        { id: 'a2', text: 'Relire l’annonce la veille', status: status.a2, checkBeforeNext: true },
      ],
    },
  ],
})

describe.each(testDatabases)('preparation repository and service on $kind', (database) => {
  const ctx = migratedPerTest(database)

  beforeEach(async () => {
    await insertOwnerWithInterviews(ctx.repos, T0, [], { company: 'Decathlon', role: 'Cheffe de projet' })
    // P, the past interview whose debrief flags the actions; then B and C, upcoming.
    for (const [id, date] of [
      ['P', '2026-03-02T14:00:00.000Z'],
      ['B', '2026-03-10T10:00:00.000Z'],
      ['C', '2026-03-20T10:00:00.000Z'],
    ] as const) {
      await insertInterview(ctx.repos, 'u1', {
        id,
        applicationId: 'a1',
        date,
        stage: 'manager',
        createdAt: T0,
      })
    }
    await ctx.repos.debriefs.save('u1', 'P', 0, debriefWith({ a1: 'open', a2: 'open' }), 0, T0)
  })

  it('records which plan an action was ticked done from, in one plan at most, scoped by owner', async () => {
    expect(await ctx.repos.preparation.completions('u1')).toEqual(new Map())
    await ctx.repos.preparation.recordCompletion('u1', 'a1', 'B', T0)
    expect(await ctx.repos.preparation.completions('u1')).toEqual(new Map([['a1', 'B']]))
    await ctx.repos.preparation.recordCompletion('u1', 'a1', 'C', T0)
    expect(await ctx.repos.preparation.completions('u1')).toEqual(new Map([['a1', 'C']]))
    expect(await ctx.repos.preparation.completions('u2')).toEqual(new Map())
    // Someone else cannot move or clear it.
    await ctx.repos.preparation.recordCompletion('u2', 'a1', null, T0)
    expect(await ctx.repos.preparation.completions('u1')).toEqual(new Map([['a1', 'C']]))
    await ctx.repos.preparation.recordCompletion('u1', 'a1', null, T0)
    expect(await ctx.repos.preparation.completions('u1')).toEqual(new Map())
  })

  it('keeps both of two actions ticked at the same moment from the same plan', async () => {
    await Promise.all([
      ctx.repos.preparation.recordCompletion('u1', 'a1', 'B', T0),
      ctx.repos.preparation.recordCompletion('u1', 'a2', 'B', T0),
    ])
    expect(await ctx.repos.preparation.completions('u1')).toEqual(
      new Map([
        ['a1', 'B'],
        ['a2', 'B'],
      ]),
    )
  })

  it('saving what was typed leaves the completed actions alone; older logistics get a link and an arrival', async () => {
    await ctx.repos.preparation.recordCompletion('u1', 'a1', 'B', T0)
    const prep = await ctx.repos.preparation.prep('u1', 'B')
    expect(prep.logistics).toEqual({ place: '', link: '', arrival: '', documents: [] })
    await ctx.repos.preparation.savePrep(
      'u1',
      'B',
      { ...prep, logistics: { ...prep.logistics, link: 'https://meet.example.com/x' } },
      T0,
    )
    expect(await ctx.repos.preparation.completions('u1')).toEqual(new Map([['a1', 'B']]))
    // A plan saved before the link and the arrival existed.
    await ctx.handle.db
      .updateTable('interview_prep')
      .set({ logistics: JSON.stringify({ place: 'Siège, Lille', documents: [] }) })
      .where('interview_id', '=', 'B')
      .execute()
    expect((await ctx.repos.preparation.prep('u1', 'B')).logistics).toEqual({
      place: 'Siège, Lille',
      link: '',
      arrival: '',
      documents: [],
    })
  })

  it('the actions applied at an interview are the figure Progress reads', async () => {
    await ctx.repos.preparation.savePrep(
      'u1',
      'B',
      { ...emptyPrep(), appliedActionIds: ['a1', 'a2'], appliedOffered: 3 },
      T0,
    )
    await ctx.repos.preparation.recordCompletion('u1', 'a1', 'B', T0)
    // A plan whose applied question was never answered counts for nothing.
    await ctx.repos.preparation.savePrep('u1', 'C', emptyPrep(), T0)
    const facts = await ctx.repos.progress.interviewFacts('u1', {})
    expect(Object.fromEntries(facts.map((f) => [f.interviewId, f.appliedActions]))).toEqual({
      P: null,
      B: { applied: 2, offered: 3 },
      C: null,
    })
    expect(await ctx.repos.progress.interviewFacts('u2', {})).toEqual([])
  })

  it('an action done from B’s plan shows done in B’s plan and not in C’s; open ones appear in both', async () => {
    const carried = async (id: string) =>
      Object.fromEntries(
        (await buildPlan(ctx.repos, 'u1', id, NOW)).carriedActions.map((c) => [c.action.id, c.action.status]),
      )
    expect(await carried('B')).toEqual({ a1: 'open', a2: 'open' })
    expect(await carried('C')).toEqual({ a1: 'open', a2: 'open' })

    await ctx.repos.debriefs.save('u1', 'P', 1, debriefWith({ a1: 'done', a2: 'open' }), 0, T0)
    await ctx.repos.preparation.recordCompletion('u1', 'a1', 'B', T0)
    expect(await carried('B')).toEqual({ a1: 'done', a2: 'open' })
    expect(await carried('C')).toEqual({ a2: 'open' })
    // The debrief itself carries nothing into its own plan, nor into earlier ones.
    expect(await carried('P')).toEqual({})
    // Another user's interview id gives them nothing.
    await expect(buildPlan(ctx.repos, 'u2', 'B', NOW)).rejects.toMatchObject({ code: 'not_found' })
  })
  it('never writes a plan on someone else’s interview, even where none exists yet', async () => {
    const services = createServiceContext(ctx.handle.db, () => NOW)
    const intruder = { id: 'u2', language: 'fr' as const }
    const planRows = () =>
      ctx.handle.db.selectFrom('interview_prep').select(['interview_id', 'user_id']).execute()
    await expect(
      savePrep(services, intruder, 'B', { questionsToAsk: [{ id: 'q', text: 'x', done: false }] }, 'fr'),
    ).rejects.toMatchObject({ code: 'not_found' })
    await expect(recordCompletion(services, 'u2', 'a1', 'C')).rejects.toMatchObject({ code: 'not_found' })
    expect(await planRows()).toEqual([])
    // The owner's own writes go through.
    await savePrep(services, { id: 'u1', language: 'fr' }, 'B', { questionsToAsk: [] }, 'fr')
    await recordCompletion(services, 'u1', 'a1', 'C')
    expect(await ctx.repos.preparation.completions('u1')).toEqual(new Map([['a1', 'C']]))
    expect((await planRows()).map((r) => r.user_id)).toEqual(['u1', 'u1'])
  })
})
