import { beforeEach, describe, expect, it } from 'vitest'
import { testDatabases } from '../test-support/databases'
import { insertUsers } from '../test-support/repositories'
import { migratedPerFile } from '../test-support/shared-database'
import type { Repositories } from '.'

const T0 = '2026-03-02T09:00:00.000Z'
const NOW = '2026-03-05T09:00:00.000Z'
const WEEK_LATER = '2026-03-12T09:00:00.000Z'

describe.each(testDatabases)('sessions repository on $kind', (database) => {
  const ctx = migratedPerFile(database)
  const insertSession = (id: string, userId: string, expiresAt = WEEK_LATER, userAgent?: string) =>
    ctx.repos.sessions.insert({ id, userId, createdAt: T0, expiresAt, userAgent })

  beforeEach(async () => {
    await insertUsers(ctx.repos, ['u1', 'u2'], T0)
    await insertSession('phone', 'u1', WEEK_LATER, 'Firefox Android')
    await insertSession('laptop', 'u1')
    await insertSession('expired', 'u1', NOW) // expires at this very moment
    await insertSession('b-laptop', 'u2')
  })

  it('lists the sessions still valid, most recently used first, with their browser', async () => {
    await ctx.repos.sessions.touch('laptop', '2026-03-04T18:00:00.000Z', WEEK_LATER)
    expect(await ctx.repos.sessions.listForUser('u1', NOW)).toEqual([
      { id: 'laptop', createdAt: T0, lastSeenAt: '2026-03-04T18:00:00.000Z', userAgent: null },
      { id: 'phone', createdAt: T0, lastSeenAt: T0, userAgent: 'Firefox Android' },
    ])
  })

  it('ends one session of the user: true once, false after; delete ends it by id', async () => {
    expect(await ctx.repos.sessions.deleteOfUser('u1', 'phone')).toBe(true)
    expect(await ctx.repos.sessions.deleteOfUser('u1', 'phone')).toBe(false)
    await ctx.repos.sessions.delete('laptop')
    expect(await ctx.repos.sessions.findWithUser('laptop')).toBeUndefined()
    expect((await ctx.repos.sessions.listForUser('u1', T0)).map((s) => s.id)).toEqual(['expired'])
  })

  const byB: [string, (repos: Repositories) => Promise<unknown>, unknown][] = [
    [
      'listForUser',
      (repos) => repos.sessions.listForUser('u2', T0).then((l) => l.map((s) => s.id)),
      ['b-laptop'],
    ],
    ['countForUser', (repos) => repos.sessions.countForUser('u2'), 1],
    ['deleteOfUser', (repos) => repos.sessions.deleteOfUser('u2', 'phone'), false],
    ['deleteOthersOfUser', (repos) => repos.sessions.deleteOthersOfUser('u2', 'b-laptop'), undefined],
  ]
  it('user B reads and ends none of A’s sessions, whatever the query', async () => {
    // Sorted: A's three sessions were all last used at T0.
    const sessionsOfA = async () =>
      (await ctx.repos.sessions.listForUser('u1', T0)).sort((a, b) => a.id.localeCompare(b.id))
    const before = await sessionsOfA()
    for (const [query, act, onlyB] of byB) {
      expect(await act(ctx.repos), query).toEqual(onlyB)
      expect(await sessionsOfA(), `A’s sessions after B’s ${query}`).toEqual(before)
    }
  })
})
