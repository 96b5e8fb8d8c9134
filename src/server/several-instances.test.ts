import type { FastifyInstance } from 'fastify'
import { describe, expect, it } from 'vitest'
import { postLogin, signUp } from './test-support/app'
import { instancesOnOneDatabase, sharedDatabases } from './test-support/instances'

// Several instances behind a load balancer share one database (PostgreSQL in production; a SQLite
// file here too): whatever protects an account must hold whichever instance a request reaches.
describe.each(sharedDatabases)('two instances on one database (%#)', (open) => {
  const instances = instancesOnOneDatabase(open)

  it('a session made on one is signed in on the other', async () => {
    const [first, second] = await instances.two()
    const user = await signUp(first)
    const me = await second.inject({ url: '/api/me', headers: { cookie: user.cookie } })
    expect(me.statusCode).toBe(200)
    expect(me.json().user.email).toBe(user.email)
    expect((await second.inject({ url: '/api/ready' })).statusCode).toBe(200)
  })

  it('wrong passwords typed on both add up to one lock, which holds on both', async () => {
    const [first, second] = await instances.two()
    const user = await signUp(first)
    const attempt = (app: FastifyInstance, password: string) =>
      postLogin(app, { email: user.email, password }, { 'accept-language': 'en' })
    // Five wrong passwords (the default limit), alternating between the instances.
    const statuses = []
    for (const app of [first, second, first, second, first])
      statuses.push((await attempt(app, 'wrong')).statusCode)
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401])
    expect(statuses[4]).toBe(429)
    // Locked on both, even with the right password, with the time left to wait.
    for (const app of [second, first]) {
      const locked = await attempt(app, user.password)
      expect(locked.statusCode).toBe(429)
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60)
      expect(locked.json().error.code).toBe('too_many_requests')
    }
  })

  it('the per-IP sign-up and sign-in limits count the requests made to both', async () => {
    const [first, second] = await instances.two({
      rateLimits: { signup: { max: 3, timeWindow: 60 * 60_000 }, login: { max: 4, timeWindow: 15 * 60_000 } },
    })
    const body = (n: number) => ({
      email: `limit-${n}-${Date.now()}@example.com`,
      password: 'correct horse battery',
      displayName: `Limit ${n}`,
      language: 'en' as const,
    })
    const fromA = { remoteAddress: '203.0.113.7' }
    const signUpFrom = (app: FastifyInstance, n: number, remote = fromA) =>
      app.inject({ method: 'POST', url: '/api/auth/signup', payload: body(n), ...remote })
    // Three sign-ups from one address, spread over both instances: all allowed.
    expect((await signUpFrom(first, 1)).statusCode).toBe(201)
    expect((await signUpFrom(second, 2)).statusCode).toBe(201)
    expect((await signUpFrom(first, 3)).statusCode).toBe(201)
    // The fourth is refused whichever instance it reaches (each alone has seen fewer than three).
    for (const [app, n] of [
      [second, 4],
      [first, 5],
    ] as const) {
      const refused = await signUpFrom(app, n)
      expect(refused.statusCode).toBe(429)
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(59 * 60)
      expect(refused.json().error.code).toBe('too_many_requests')
    }
    // Another address is not held back by the first one's count.
    expect((await signUpFrom(second, 6, { remoteAddress: '198.51.100.9' })).statusCode).toBe(201)

    // Sign-in attempts are counted apart from sign-ups, across both instances just the same.
    const login = (app: FastifyInstance) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: `nobody-${Date.now()}@example.com`, password: 'not the password' },
        ...fromA,
      })
    const statuses = []
    for (const app of [first, second, first, second, first, second])
      statuses.push((await login(app)).statusCode)
    // Four allowed although this address's sign-ups were used up: each route keeps its own count.
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429])
  })
})
