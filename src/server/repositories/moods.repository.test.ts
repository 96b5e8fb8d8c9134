import { beforeEach, describe, expect, it } from 'vitest'
import type { MoodEntry } from '../../domain/progress'
import { testDatabases } from '../test-support/databases'
import { insertUsers } from '../test-support/repositories'
import { migratedPerFile } from '../test-support/shared-database'
import type { Repositories } from '.'

const T0 = '2026-03-01T09:00:00.000Z'
const mood = (id: string, at: string, value = 3, note = ''): MoodEntry => ({ id, at, mood: value, note })

describe.each(testDatabases)('moods repository on $kind', (database) => {
  const ctx = migratedPerFile(database)

  beforeEach(async () => {
    await insertUsers(ctx.repos, ['u1', 'u2'], T0)
    // Added out of order: the list gives them back by date.
    await ctx.repos.moods.add('u1', mood('m2', '2026-03-05T20:00:00.000Z', 4, 'mieux'))
    await ctx.repos.moods.add('u1', mood('m1', '2026-03-02T08:00:00.000Z', 1, 'lourd'))
    await ctx.repos.moods.add('u1', mood('m3', '2026-03-09T00:00:00.000Z', 5))
  })

  it('lists check-ins oldest first, within [from, until) when a range is given', async () => {
    expect(await ctx.repos.moods.list('u1', {})).toEqual([
      mood('m1', '2026-03-02T08:00:00.000Z', 1, 'lourd'),
      mood('m2', '2026-03-05T20:00:00.000Z', 4, 'mieux'),
      mood('m3', '2026-03-09T00:00:00.000Z', 5),
    ])
    const week = { from: '2026-03-02T08:00:00.000Z', until: '2026-03-09T00:00:00.000Z' }
    expect((await ctx.repos.moods.list('u1', week)).map((m) => m.id)).toEqual(['m1', 'm2'])
    expect((await ctx.repos.moods.list('u1', { from: '2026-03-03T00:00:00.000Z' })).map((m) => m.id)).toEqual(
      ['m2', 'm3'],
    )
  })

  it('removes a check-in once: true the first time, false after', async () => {
    expect(await ctx.repos.moods.remove('u1', 'm2')).toBe(true)
    expect(await ctx.repos.moods.remove('u1', 'm2')).toBe(false)
    expect((await ctx.repos.moods.list('u1', {})).map((m) => m.id)).toEqual(['m1', 'm3'])
  })

  const byB: [string, (repos: Repositories) => Promise<unknown>, unknown][] = [
    ['list', (repos) => repos.moods.list('u2', {}), []],
    ['list in a range', (repos) => repos.moods.list('u2', { from: T0 }), []],
    ['remove', (repos) => repos.moods.remove('u2', 'm1'), false],
  ]
  it('user B reads, changes and deletes nothing of A’s, whatever the query', async () => {
    const before = await ctx.repos.moods.list('u1', {})
    for (const [query, act, nothing] of byB) {
      expect(await act(ctx.repos), query).toEqual(nothing)
      expect(await ctx.repos.moods.list('u1', {}), `A’s check-ins after B’s ${query}`).toEqual(before)
    }
  })

  it('deleting the account removes its check-ins and no one else’s', async () => {
    await ctx.repos.moods.add('u2', mood('b1', T0))
    await ctx.repos.users.delete('u1')
    expect(await ctx.repos.moods.list('u1', {})).toEqual([])
    expect(await ctx.repos.moods.list('u2', {})).toEqual([mood('b1', T0)])
  })
})
