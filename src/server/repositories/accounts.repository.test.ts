import { describe, expect, it } from 'vitest'
import { migrateToLatest } from '../db/migrate'
import { testDatabases } from '../test-support/databases'
import { migratedPerTest } from '../test-support/repositories'

const T0 = '2026-03-02T09:00:00.000Z'
const newUser = (id: string, email: string) => ({
  id,
  email,
  passwordHash: '$argon2id$fake',
  displayName: `Name ${id}`,
  language: 'fr' as const,
  createdAt: T0,
})

describe.each(testDatabases)('account repositories on $kind', (database) => {
  const ctx = migratedPerTest(database)
  const insertSession = (id: string, userId: string, expiresAt = '2026-03-09T09:00:00.000Z') =>
    ctx.repos.sessions.insert({ id, userId, createdAt: T0, expiresAt })

  it('migrations are idempotent: a second run applies nothing', async () => {
    const again = await migrateToLatest(ctx.handle.db)
    expect(again.results).toEqual([])
  })

  it('inserts a user and reads it back, timestamps unchanged as ISO strings', async () => {
    const inserted = await ctx.repos.users.insert(newUser('u1', 'ana@example.com'))
    expect(inserted).toMatchObject({ id: 'u1', email: 'ana@example.com', createdAt: T0, updatedAt: T0 })
    expect(await ctx.repos.users.findByEmail('ana@example.com')).toEqual(inserted)
    expect(await ctx.repos.users.findById('u1')).toEqual(inserted)
    expect(await ctx.repos.users.findById('nobody')).toBeUndefined()
  })

  it('refuses a second account with the same email without throwing', async () => {
    await ctx.repos.users.insert(newUser('u1', 'ana@example.com'))
    expect(await ctx.repos.users.insert(newUser('u2', 'ana@example.com'))).toBeUndefined()
    expect(await ctx.repos.users.findById('u2')).toBeUndefined()
  })

  it('updates only the given profile fields', async () => {
    await ctx.repos.users.insert(newUser('u1', 'ana@example.com'))
    const updated = await ctx.repos.users.updateProfile('u1', { language: 'en' }, '2026-03-03T10:00:00.000Z')
    expect(updated).toMatchObject({
      language: 'en',
      displayName: 'Name u1',
      updatedAt: '2026-03-03T10:00:00.000Z',
    })
  })

  it('finds a session with its user, touches it, and deletes others of the same user only', async () => {
    await ctx.repos.users.insert(newUser('u1', 'ana@example.com'))
    await ctx.repos.users.insert(newUser('u2', 'bob@example.com'))
    await insertSession('s1', 'u1')
    await insertSession('s2', 'u1')
    await insertSession('s3', 'u2')
    const found = await ctx.repos.sessions.findWithUser('s1')
    expect(found).toMatchObject({
      id: 's1',
      createdAt: T0,
      lastSeenAt: T0,
      user: { id: 'u1', email: 'ana@example.com' },
    })

    await ctx.repos.sessions.touch('s1', '2026-03-02T10:00:00.000Z', '2026-03-09T10:00:00.000Z')
    expect((await ctx.repos.sessions.findWithUser('s1'))?.lastSeenAt).toBe('2026-03-02T10:00:00.000Z')

    await ctx.repos.sessions.deleteOthersOfUser('u1', 's1')
    expect(await ctx.repos.sessions.findWithUser('s2')).toBeUndefined()
    expect(await ctx.repos.sessions.findWithUser('s1')).toBeDefined()
    expect(await ctx.repos.sessions.findWithUser('s3')).toBeDefined()
  })

  it('sweeps expired sessions by comparing ISO timestamps', async () => {
    await ctx.repos.users.insert(newUser('u1', 'ana@example.com'))
    await insertSession('old', 'u1', '2026-03-02T10:00:00.000Z')
    await insertSession('new', 'u1', '2026-04-01T00:00:00.000Z')
    expect(await ctx.repos.sessions.deleteExpired('2026-03-05T00:00:00.000Z')).toBe(1)
    expect(await ctx.repos.sessions.countForUser('u1')).toBe(1)
  })

  it('deleting a user removes every row they own (cascade)', async () => {
    await ctx.repos.users.insert(newUser('u1', 'ana@example.com'))
    await ctx.repos.users.insert(newUser('u2', 'bob@example.com'))
    await insertSession('s1', 'u1')
    await insertSession('s2', 'u2')
    expect(await ctx.repos.users.delete('u1')).toBe(true)
    expect(await ctx.repos.sessions.countForUser('u1')).toBe(0)
    expect(await ctx.repos.sessions.countForUser('u2')).toBe(1)
    expect(await ctx.repos.users.delete('u1')).toBe(false)
  })

  it('stores login throttle state per key', async () => {
    expect(await ctx.repos.loginThrottle.find('k')).toBeUndefined()
    const state = { failures: 2, windowStartedAt: new Date(T0), lockedUntil: null }
    await ctx.repos.loginThrottle.save('k', state)
    expect(await ctx.repos.loginThrottle.find('k')).toEqual(state)
    const locked = {
      failures: 0,
      windowStartedAt: new Date(T0),
      lockedUntil: new Date('2026-03-02T09:15:00.000Z'),
    }
    await ctx.repos.loginThrottle.save('k', locked)
    expect(await ctx.repos.loginThrottle.find('k')).toEqual(locked)
    await ctx.repos.loginThrottle.clear('k')
    expect(await ctx.repos.loginThrottle.find('k')).toBeUndefined()
  })
})
