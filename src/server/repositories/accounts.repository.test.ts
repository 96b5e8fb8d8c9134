import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../db/connection'
import { migrateToLatest } from '../db/migrate'
import { testDatabases } from '../test-support/databases'
import { createRepositories, type Repositories } from '.'

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
  let handle: DatabaseHandle
  let repos: Repositories

  beforeEach(async () => {
    handle = await database.open()
    await migrateToLatest(handle.db)
    repos = createRepositories(handle.db)
  })
  afterEach(async () => {
    await handle.close()
  })

  it('migrations are idempotent: a second run applies nothing', async () => {
    const again = await migrateToLatest(handle.db)
    expect(again.results).toEqual([])
  })

  it('inserts a user and reads it back, timestamps unchanged as ISO strings', async () => {
    const inserted = await repos.users.insert(newUser('u1', 'ana@example.com'))
    expect(inserted).toMatchObject({ id: 'u1', email: 'ana@example.com', createdAt: T0, updatedAt: T0 })
    expect(await repos.users.findByEmail('ana@example.com')).toEqual(inserted)
    expect(await repos.users.findById('u1')).toEqual(inserted)
    expect(await repos.users.findById('nobody')).toBeUndefined()
  })

  it('refuses a second account with the same email without throwing', async () => {
    await repos.users.insert(newUser('u1', 'ana@example.com'))
    expect(await repos.users.insert(newUser('u2', 'ana@example.com'))).toBeUndefined()
    expect(await repos.users.findById('u2')).toBeUndefined()
  })

  it('updates only the given profile fields', async () => {
    await repos.users.insert(newUser('u1', 'ana@example.com'))
    const updated = await repos.users.updateProfile('u1', { language: 'en' }, '2026-03-03T10:00:00.000Z')
    expect(updated).toMatchObject({
      language: 'en',
      displayName: 'Name u1',
      updatedAt: '2026-03-03T10:00:00.000Z',
    })
  })

  it('finds a session with its user, touches it, and deletes others of the same user only', async () => {
    await repos.users.insert(newUser('u1', 'ana@example.com'))
    await repos.users.insert(newUser('u2', 'bob@example.com'))
    await repos.sessions.insert({
      id: 's1',
      userId: 'u1',
      createdAt: T0,
      expiresAt: '2026-03-09T09:00:00.000Z',
    })
    await repos.sessions.insert({
      id: 's2',
      userId: 'u1',
      createdAt: T0,
      expiresAt: '2026-03-09T09:00:00.000Z',
    })
    await repos.sessions.insert({
      id: 's3',
      userId: 'u2',
      createdAt: T0,
      expiresAt: '2026-03-09T09:00:00.000Z',
    })
    const found = await repos.sessions.findWithUser('s1')
    expect(found).toMatchObject({
      id: 's1',
      createdAt: T0,
      lastSeenAt: T0,
      user: { id: 'u1', email: 'ana@example.com' },
    })

    await repos.sessions.touch('s1', '2026-03-02T10:00:00.000Z', '2026-03-09T10:00:00.000Z')
    expect((await repos.sessions.findWithUser('s1'))?.lastSeenAt).toBe('2026-03-02T10:00:00.000Z')

    await repos.sessions.deleteOthersOfUser('u1', 's1')
    expect(await repos.sessions.findWithUser('s2')).toBeUndefined()
    expect(await repos.sessions.findWithUser('s1')).toBeDefined()
    expect(await repos.sessions.findWithUser('s3')).toBeDefined()
  })

  it('sweeps expired sessions by comparing ISO timestamps', async () => {
    await repos.users.insert(newUser('u1', 'ana@example.com'))
    await repos.sessions.insert({
      id: 'old',
      userId: 'u1',
      createdAt: T0,
      expiresAt: '2026-03-02T10:00:00.000Z',
    })
    await repos.sessions.insert({
      id: 'new',
      userId: 'u1',
      createdAt: T0,
      expiresAt: '2026-04-01T00:00:00.000Z',
    })
    expect(await repos.sessions.deleteExpired('2026-03-05T00:00:00.000Z')).toBe(1)
    expect(await repos.sessions.countForUser('u1')).toBe(1)
  })

  it('deleting a user removes every row they own (cascade)', async () => {
    await repos.users.insert(newUser('u1', 'ana@example.com'))
    await repos.users.insert(newUser('u2', 'bob@example.com'))
    await repos.sessions.insert({
      id: 's1',
      userId: 'u1',
      createdAt: T0,
      expiresAt: '2026-03-09T09:00:00.000Z',
    })
    await repos.sessions.insert({
      id: 's2',
      userId: 'u2',
      createdAt: T0,
      expiresAt: '2026-03-09T09:00:00.000Z',
    })
    expect(await repos.users.delete('u1')).toBe(true)
    expect(await repos.sessions.countForUser('u1')).toBe(0)
    expect(await repos.sessions.countForUser('u2')).toBe(1)
    expect(await repos.users.delete('u1')).toBe(false)
  })

  it('stores login throttle state per key', async () => {
    expect(await repos.loginThrottle.find('k')).toBeUndefined()
    const state = { failures: 2, windowStartedAt: new Date(T0), lockedUntil: null }
    await repos.loginThrottle.save('k', state)
    expect(await repos.loginThrottle.find('k')).toEqual(state)
    const locked = {
      failures: 0,
      windowStartedAt: new Date(T0),
      lockedUntil: new Date('2026-03-02T09:15:00.000Z'),
    }
    await repos.loginThrottle.save('k', locked)
    expect(await repos.loginThrottle.find('k')).toEqual(locked)
    await repos.loginThrottle.clear('k')
    expect(await repos.loginThrottle.find('k')).toBeUndefined()
  })
})
