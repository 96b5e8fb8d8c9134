import { beforeEach, describe, expect, it } from 'vitest'
import type { ReboundStep } from '../../domain/progress'
import { testDatabases } from '../test-support/databases'
import { insertApplication, insertOwnerWithInterviews } from '../test-support/repositories'
import { migratedPerFile } from '../test-support/shared-database'
import type { Repositories } from '.'
import { isUniqueViolation } from './locks.repository'

const T0 = '2026-03-02T09:00:00.000Z'
const T1 = '2026-03-03T09:00:00.000Z'
const T2 = '2026-03-04T09:00:00.000Z'
const steps: ReboundStep[] = [
  { id: 's1', key: 'rest', text: 'Marcher vingt minutes', done: true },
  { id: 's2', key: null, text: 'Écrire à Léa', done: false },
]

/** An open rebound of application a1, after interview `interviewId` (null: the whole application). */
const rebound = (id: string, interviewId: string | null, createdAt = T0) => ({
  id,
  interviewId,
  applicationId: 'a1',
  mood: null,
  learned: '',
  steps,
  createdAt,
  closedAt: null,
})

describe.each(testDatabases)('rebounds repository on $kind', (database) => {
  const ctx = migratedPerFile(database)

  beforeEach(async () => {
    await insertOwnerWithInterviews(ctx.repos, T0, ['i1', 'i2'], {
      company: 'Société Générale',
      role: 'Analyste',
    })
  })

  it('reads back a rebound with its steps and the company and role of its application', async () => {
    expect(await ctx.repos.rebounds.insert('u1', rebound('r1', 'i1'), T1)).toEqual({
      ...rebound('r1', 'i1'),
      company: 'Société Générale',
      role: 'Analyste',
      updatedAt: T1,
    })
    const changed = await ctx.repos.rebounds.update(
      'u1',
      'r1',
      { mood: 2, learned: 'Chiffrer', closedAt: T2 },
      T2,
    )
    expect(changed).toMatchObject({ mood: 2, learned: 'Chiffrer', steps, closedAt: T2, updatedAt: T2 })
  })

  it('keeps one open rebound per rejected interview: a second insert is not written, findOpen gives the first', async () => {
    expect(await ctx.repos.rebounds.insert('u1', rebound('r1', 'i1'), T0)).toBeDefined()
    expect(await ctx.repos.rebounds.insert('u1', rebound('r2', 'i1', T1), T1)).toBeUndefined()
    expect((await ctx.repos.rebounds.findOpen('u1', 'a1', 'i1'))?.id).toBe('r1')
    // Another interview, and the application as a whole, are other rejections.
    expect(await ctx.repos.rebounds.insert('u1', rebound('r3', 'i2'), T0)).toBeDefined()
    expect(await ctx.repos.rebounds.insert('u1', rebound('r4', null), T0)).toBeDefined()
    expect(await ctx.repos.rebounds.insert('u1', rebound('r5', null, T1), T1)).toBeUndefined()
    expect((await ctx.repos.rebounds.findOpen('u1', 'a1', null))?.id).toBe('r4')
    expect((await ctx.repos.rebounds.list('u1')).map((r) => r.id).sort()).toEqual(['r1', 'r3', 'r4'])
  })

  it('two inserts racing for the same rejection: one is written, and findOpen gives it to both', async () => {
    const results = await Promise.all([
      ctx.repos.rebounds.insert('u1', rebound('r1', 'i1'), T0),
      ctx.repos.rebounds.insert('u1', rebound('r2', 'i1'), T0),
    ])
    const written = results.filter((r) => r !== undefined)
    expect(written).toHaveLength(1)
    expect((await ctx.repos.rebounds.findOpen('u1', 'a1', 'i1'))?.id).toBe(written[0]?.id)
  })

  it('opens a new rebound once the open one is closed; reopening the old one is a unique violation', async () => {
    await ctx.repos.rebounds.insert('u1', rebound('r1', 'i1'), T0)
    await ctx.repos.rebounds.update('u1', 'r1', { closedAt: T1 }, T1)
    expect(await ctx.repos.rebounds.findOpen('u1', 'a1', 'i1')).toBeUndefined()
    expect(await ctx.repos.rebounds.insert('u1', rebound('r2', 'i1', T2), T2)).toBeDefined()
    expect((await ctx.repos.rebounds.findOpen('u1', 'a1', 'i1'))?.id).toBe('r2')
    const reopening = await ctx.repos.rebounds.update('u1', 'r1', { closedAt: null }, T2).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(isUniqueViolation(reopening)).toBe(true)
    expect((await ctx.repos.rebounds.find('u1', 'r1'))?.closedAt).toBe(T1)
  })

  it('lists newest first, at most `limit`', async () => {
    await ctx.repos.rebounds.insert('u1', rebound('old', 'i1', T0), T0)
    await ctx.repos.rebounds.insert('u1', rebound('new', null, T2), T2)
    await ctx.repos.rebounds.insert('u1', rebound('mid', 'i2', T1), T1)
    expect((await ctx.repos.rebounds.list('u1')).map((r) => r.id)).toEqual(['new', 'mid', 'old'])
    expect((await ctx.repos.rebounds.list('u1', 2)).map((r) => r.id)).toEqual(['new', 'mid'])
  })

  it('finds the rejections since a date: interviews and applications marked rejected, nothing else', async () => {
    await ctx.repos.interviews.update('u1', 'i1', { outcome: 'rejected' }, T2)
    await ctx.repos.interviews.update('u1', 'i2', { outcome: 'rejected' }, T0) // before `since`
    await insertApplication(ctx.repos, 'u1', { id: 'a2', company: 'Orange', role: 'Cheffe', createdAt: T0 })
    await ctx.repos.applications.update('u1', 'a2', { status: 'rejected' }, T1)
    await insertApplication(ctx.repos, 'u1', { id: 'a3', company: 'Fnac', role: 'Vendeur', createdAt: T0 })
    await ctx.repos.applications.update('u1', 'a3', { notes: 'relancer' }, T2) // changed, not rejected
    const since = '2026-03-03T00:00:00.000Z'
    expect(
      (await ctx.repos.rebounds.rejectionsSince('u1', since)).sort((a, b) => a.at.localeCompare(b.at)),
    ).toEqual([
      { interviewId: null, applicationId: 'a2', company: 'Orange', role: 'Cheffe', at: T1 },
      { interviewId: 'i1', applicationId: 'a1', company: 'Société Générale', role: 'Analyste', at: T2 },
    ])
  })

  const byB: [string, (repos: Repositories) => Promise<unknown>, unknown][] = [
    ['find', (repos) => repos.rebounds.find('u2', 'r1'), undefined],
    ['list', (repos) => repos.rebounds.list('u2'), []],
    ['findOpen', (repos) => repos.rebounds.findOpen('u2', 'a1', 'i1'), undefined],
    ['update', (repos) => repos.rebounds.update('u2', 'r1', { learned: 'x', closedAt: T2 }, T2), undefined],
    ['remove', (repos) => repos.rebounds.remove('u2', 'r1'), false],
    ['rejectionsSince', (repos) => repos.rebounds.rejectionsSince('u2', T0), []],
  ]
  it('user B reads, changes and deletes nothing of A’s, whatever the query', async () => {
    await ctx.repos.interviews.update('u1', 'i1', { outcome: 'rejected' }, T1)
    const before = await ctx.repos.rebounds.insert('u1', rebound('r1', 'i1'), T1)
    for (const [query, act, nothing] of byB) {
      expect(await act(ctx.repos), query).toEqual(nothing)
      expect(await ctx.repos.rebounds.find('u1', 'r1'), `A’s rebound after B’s ${query}`).toEqual(before)
    }
  })

  it('removes a rebound once; deleting the interview or the application removes theirs', async () => {
    await ctx.repos.rebounds.insert('u1', rebound('r1', 'i1'), T0)
    await ctx.repos.rebounds.insert('u1', rebound('r2', 'i2'), T0)
    await ctx.repos.rebounds.insert('u1', rebound('r3', null), T0)
    expect(await ctx.repos.rebounds.remove('u1', 'r1')).toBe(true)
    expect(await ctx.repos.rebounds.remove('u1', 'r1')).toBe(false)
    await ctx.repos.interviews.delete('u1', 'i2')
    expect((await ctx.repos.rebounds.list('u1')).map((r) => r.id)).toEqual(['r3'])
    await ctx.repos.applications.delete('u1', 'a1')
    expect(await ctx.repos.rebounds.list('u1')).toEqual([])
  })
})
