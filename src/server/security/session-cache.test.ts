import type { FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SessionWithUser } from '../repositories/sessions.repository'
import { asUser, createTestApp, postLogin, sessionCookie, signUp } from '../test-support/app'
import { testDatabases } from '../test-support/databases'
import { instancesOnOneDatabase, sharedDatabases } from '../test-support/instances'
import { createSessionCache } from './session-cache'

const session = (id: string, userId: string): SessionWithUser => ({
  id,
  createdAt: '2026-03-02T09:00:00.000Z',
  lastSeenAt: '2026-03-02T09:00:00.000Z',
  user: {
    id: userId,
    email: `${userId}@example.com`,
    passwordHash: 'hash',
    displayName: userId,
    language: 'fr',
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
  } as SessionWithUser['user'],
})

describe('createSessionCache', () => {
  it('keeps a session for ttlMs, then reads it again', () => {
    let now = 0
    const cache = createSessionCache({ ttlMs: 1000, clock: () => now })
    cache.put('s1', session('s1', 'u1'), cache.epoch())
    now = 999
    expect(cache.get('s1')?.user.id).toBe('u1')
    now = 1000
    expect(cache.get('s1')).toBeUndefined()
  })

  it('forgets every session of a person who wrote, and only theirs', () => {
    const cache = createSessionCache({ ttlMs: 1000, clock: () => 0 })
    cache.put('a1', session('a1', 'alice'), cache.epoch())
    cache.put('a2', session('a2', 'alice'), cache.epoch())
    cache.put('b1', session('b1', 'bob'), cache.epoch())
    cache.forgetUser('alice')
    expect([cache.get('a1'), cache.get('a2')]).toEqual([undefined, undefined])
    expect(cache.get('b1')?.user.id).toBe('bob')
  })

  it('does not remember a lookup that raced with a write', () => {
    const cache = createSessionCache({ ttlMs: 1000, clock: () => 0 })
    const epoch = cache.epoch()
    cache.forgetUser('alice') // a sign-out lands while the lookup is on its way
    cache.put('a1', session('a1', 'alice'), epoch)
    expect(cache.get('a1')).toBeUndefined()
  })

  it('keeps at most `max` entries, the least recently used going first', () => {
    const cache = createSessionCache({ ttlMs: 1000, max: 2, clock: () => 0 })
    cache.put('s1', session('s1', 'u1'), cache.epoch())
    cache.put('s2', session('s2', 'u2'), cache.epoch())
    cache.get('s1')
    cache.put('s3', session('s3', 'u3'), cache.epoch())
    expect(cache.get('s2')).toBeUndefined()
    expect(cache.get('s1')?.id).toBe('s1')
    expect(cache.get('s3')?.id).toBe('s3')
  })

  it('with a ttl of 0 remembers nothing', () => {
    const cache = createSessionCache({ ttlMs: 0, clock: () => 0 })
    cache.put('s1', session('s1', 'u1'), cache.epoch())
    expect(cache.get('s1')).toBeUndefined()
  })
})

describe.each(testDatabases)('one instance remembering sessions on $kind', (database) => {
  let app: FastifyInstance
  afterEach(async () => {
    await app?.close()
  })

  it('reads a session once for a burst of requests, and a write by its owner shows at once', async () => {
    app = await createTestApp(database, { sessionCacheMs: 60_000 })
    const user = await signUp(app)
    const lookups = vi.spyOn(app.repositories.sessions, 'findWithUser')
    const me = asUser(app, user)
    for (let i = 0; i < 5; i++) expect((await me.get('/api/me')).statusCode).toBe(200)
    expect(lookups).toHaveBeenCalledTimes(1)

    expect((await me.patch('/api/me', { language: 'en' })).statusCode).toBe(200)
    expect((await me.get('/api/me')).json().user.language).toBe('en')
  })

  it('a sign-out and a password change take effect with the next request', async () => {
    app = await createTestApp(database, { sessionCacheMs: 60_000 })
    const user = await signUp(app)
    const other = sessionCookie(await postLogin(app, { email: user.email, password: user.password }))
    const third = sessionCookie(await postLogin(app, { email: user.email, password: user.password }))
    for (const cookie of [user.cookie, other, third])
      expect((await app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200)

    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: third } })
    expect(out.statusCode).toBeLessThan(300)
    expect((await app.inject({ url: '/api/me', headers: { cookie: third } })).statusCode).toBe(401)

    const changed = await asUser(app, user).post('/api/me/password', {
      currentPassword: user.password,
      newPassword: 'another long passphrase',
    })
    expect(changed.statusCode).toBe(204)
    expect((await app.inject({ url: '/api/me', headers: { cookie: other } })).statusCode).toBe(401)
    expect((await app.inject({ url: '/api/me', headers: { cookie: user.cookie } })).statusCode).toBe(200)
  })
})

describe.each(sharedDatabases)('two instances on one database (%#)', (open) => {
  const instances = instancesOnOneDatabase(open)

  it('a sign-out on one stops the session on the other within its cache time', async () => {
    const [first, second] = await instances.two({ sessionCacheMs: 300 })

    const user = await signUp(first)
    expect((await second.inject({ url: '/api/me', headers: { cookie: user.cookie } })).statusCode).toBe(200)
    const out = await first.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: user.cookie },
    })
    expect(out.statusCode).toBeLessThan(300)
    expect((await first.inject({ url: '/api/me', headers: { cookie: user.cookie } })).statusCode).toBe(401)
    await expect
      .poll(
        async () => (await second.inject({ url: '/api/me', headers: { cookie: user.cookie } })).statusCode,
        {
          timeout: 5000,
          interval: 50,
        },
      )
      .toBe(401)
  })
})
