import { beforeEach, describe, expect, it } from 'vitest'
import { emptyResearch, type Pitch } from '../../domain/preparation/plan'
import { testDatabases } from '../test-support/databases'
import { insertOwnerWithInterviews } from '../test-support/repositories'
import { migratedPerFile } from '../test-support/shared-database'
import type { Repositories } from '.'
import { isUniqueViolation } from './locks.repository'
import { emptyPrep, type StoredPrep } from './preparation.repository'

// Which actions were ticked from which plan is covered with the plan it feeds, in
// services/preparation/preparation.test.ts; this file covers research notes, plans and pitches.

const T0 = '2026-03-02T09:00:00.000Z'
const T1 = '2026-03-03T09:00:00.000Z'
const T2 = '2026-03-04T09:00:00.000Z'

const pitch = (from: string): Pitch => ({
  from,
  strengths: 'Chiffrer',
  next: 'Produit',
  whyCompany: 'Le sport',
})
const plan: StoredPrep = {
  questionsToAsk: [{ id: 'q1', text: 'Comment mesurez-vous la réussite ?', done: false }],
  logistics: {
    place: 'Villeneuve-d’Ascq',
    link: '',
    arrival: '08:45',
    documents: [{ id: 'd1', text: 'CV imprimé', done: true }],
  },
  appliedActionIds: [],
  appliedOffered: null,
}

describe.each(testDatabases)('preparation repository on $kind', (database) => {
  const ctx = migratedPerFile(database)

  beforeEach(async () => {
    await insertOwnerWithInterviews(ctx.repos, T0, ['i1', 'i2'])
  })

  it('keeps research notes per company: empty until saved, replaced by the next save', async () => {
    expect(await ctx.repos.preparation.research('u1', 'decathlon')).toEqual(emptyResearch())
    const first = { ...emptyResearch(), mission_products: { done: true, notes: 'Sport pour tous' } }
    await ctx.repos.preparation.saveResearch('u1', 'decathlon', first, T0)
    const second = { ...first, recent_news: { done: false, notes: 'Nouveau magasin' } }
    await ctx.repos.preparation.saveResearch('u1', 'decathlon', second, T1)
    expect(await ctx.repos.preparation.research('u1', 'decathlon')).toEqual(second)
    expect(await ctx.repos.preparation.research('u1', 'orange')).toEqual(emptyResearch())
  })

  it('keeps one plan per interview: empty until saved, then what was typed', async () => {
    expect(await ctx.repos.preparation.prep('u1', 'i1')).toEqual(emptyPrep())
    await ctx.repos.preparation.savePrep('u1', 'i1', emptyPrep(), T0)
    await ctx.repos.preparation.savePrep('u1', 'i1', plan, T1)
    expect(await ctx.repos.preparation.prep('u1', 'i1')).toEqual(plan)
    expect(await ctx.repos.preparation.prep('u1', 'i2')).toEqual(emptyPrep())
  })

  it('lists pitch versions newest first; a version already taken is refused as a unique violation', async () => {
    await ctx.repos.preparation.addPitch('u1', 1, pitch('Vente'), T0)
    await ctx.repos.preparation.addPitch('u1', 2, pitch('Vente puis produit'), T1)
    await ctx.repos.preparation.addPitch('u2', 1, pitch('Autre'), T1) // versions count per person
    const refused = await ctx.repos.preparation.addPitch('u1', 2, pitch('Doublon'), T2).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(isUniqueViolation(refused)).toBe(true)
    expect(await ctx.repos.preparation.pitches('u1')).toEqual([
      { version: 2, content: pitch('Vente puis produit'), createdAt: T1 },
      { version: 1, content: pitch('Vente'), createdAt: T0 },
    ])
  })

  const byB: [string, (repos: Repositories) => Promise<unknown>, unknown][] = [
    ['research', (repos) => repos.preparation.research('u2', 'decathlon'), emptyResearch()],
    ['prep', (repos) => repos.preparation.prep('u2', 'i1'), emptyPrep()],
    ['completions', (repos) => repos.preparation.completions('u2'), new Map()],
    ['recordCompletion', (repos) => repos.preparation.recordCompletion('u2', 'x1', null, T2), undefined],
    ['pitches', (repos) => repos.preparation.pitches('u2'), []],
  ]
  it('user B reads, changes and deletes nothing of A’s, whatever the query', async () => {
    const research = { ...emptyResearch(), mission_products: { done: true, notes: 'Sport pour tous' } }
    await ctx.repos.preparation.saveResearch('u1', 'decathlon', research, T0)
    await ctx.repos.preparation.savePrep('u1', 'i1', plan, T0)
    await ctx.repos.preparation.recordCompletion('u1', 'x1', 'i1', T0)
    await ctx.repos.preparation.addPitch('u1', 1, pitch('Vente'), T0)
    const preparationOfA = async () => ({
      research: await ctx.repos.preparation.research('u1', 'decathlon'),
      plan: await ctx.repos.preparation.prep('u1', 'i1'),
      completions: await ctx.repos.preparation.completions('u1'),
      pitches: await ctx.repos.preparation.pitches('u1'),
    })
    const before = await preparationOfA()
    for (const [query, act, nothing] of byB) {
      expect(await act(ctx.repos), query).toEqual(nothing)
      expect(await preparationOfA(), `A’s preparation after B’s ${query}`).toEqual(before)
    }
  })

  it('deleting the interview removes its plan; deleting the account removes research and pitches', async () => {
    await ctx.repos.preparation.savePrep('u1', 'i1', plan, T0)
    await ctx.repos.preparation.savePrep('u1', 'i2', plan, T0)
    await ctx.repos.interviews.delete('u1', 'i1')
    expect(await ctx.repos.preparation.prep('u1', 'i1')).toEqual(emptyPrep())
    expect(await ctx.repos.preparation.prep('u1', 'i2')).toEqual(plan)

    await ctx.repos.preparation.saveResearch(
      'u1',
      'decathlon',
      { ...emptyResearch(), competitors: { done: true, notes: 'Intersport' } },
      T0,
    )
    await ctx.repos.preparation.addPitch('u1', 1, pitch('Vente'), T0)
    await ctx.repos.users.delete('u1')
    // The rows are read by their owner's id, which they would still carry had they stayed.
    expect(await ctx.repos.preparation.research('u1', 'decathlon')).toEqual(emptyResearch())
    expect(await ctx.repos.preparation.prep('u1', 'i2')).toEqual(emptyPrep())
    expect(await ctx.repos.preparation.pitches('u1')).toEqual([])
  })
})
