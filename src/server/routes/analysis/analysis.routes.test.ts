import type { FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestApp, type SignedUpUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

const sqlite = testDatabases[0]
if (!sqlite) throw new Error('no test database')

describe('POST /api/analyze', () => {
  let app: FastifyInstance
  afterEach(async () => {
    await app?.close()
  })

  const analyze = (who: SignedUpUser, payload: object, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/analyze', headers: { cookie: who.cookie, ...headers }, payload })

  it('analyzes an answer for a signed-in user, with the same result as the browser', async () => {
    app = await createTestApp(sqlite)
    const user = await signUp(app)
    const text = 'Euh, je pense que je sais gérer une équipe. J’ai réduit les délais de 30 %.'
    const response = await analyze(user, { text })
    expect(response.statusCode).toBe(200)
    const analysis = response.json()
    expect(analysis.lang).toBe('fr')
    expect(analysis.fillers.map((s: { text: string }) => s.text)).toEqual(['Euh'])
    expect(analysis.hedges.map((s: { text: string }) => s.text)).toEqual(['je pense que'])
    expect(analysis.metrics.length).toBeGreaterThan(0)
    for (const span of [...analysis.fillers, ...analysis.hedges]) {
      expect(text.slice(span.start, span.end)).toBe(span.text)
    }
  })

  it('honours an explicit language', async () => {
    app = await createTestApp(sqlite)
    const user = await signUp(app)
    const response = await analyze(user, { text: 'ok', lang: 'en' })
    expect(response.json().lang).toBe('en')
  })

  it('refuses more than 20,000 characters with a clear 400 on the text field', async () => {
    app = await createTestApp(sqlite)
    const user = await signUp(app)
    const response = await analyze(user, { text: 'a'.repeat(20_001) }, { 'accept-language': 'en' })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.fields).toEqual({ text: '20000 characters at most.' })
    const exactly = await analyze(user, { text: 'a '.repeat(10_000) })
    expect(exactly.statusCode).toBe(200)
  })

  it('refuses a missing text or a wrong language, and asks to sign in first', async () => {
    app = await createTestApp(sqlite)
    const user = await signUp(app)
    const bad = await analyze(user, { lang: 'de' })
    expect(bad.statusCode).toBe(400)
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['lang', 'text'])
    const anonymous = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'x' } })
    expect(anonymous.statusCode).toBe(401)
  })

  it('is rate limited per person', async () => {
    app = await createTestApp(sqlite, { rateLimits: { analyze: { max: 2, timeWindow: 60_000 } } })
    const a = await signUp(app)
    const b = await signUp(app)
    const hello = { text: 'hello' }
    expect((await analyze(a, hello)).statusCode).toBe(200)
    expect((await analyze(a, hello)).statusCode).toBe(200)
    const limited = await analyze(a, hello)
    expect(limited.statusCode).toBe(429)
    expect(limited.headers['retry-after']).toBeDefined()
    expect((await analyze(b, hello)).statusCode).toBe(200)
  })
})
