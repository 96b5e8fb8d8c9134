import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterEach, beforeEach } from 'vitest'
import { type BuildAppOptions, buildApp } from '../app'
import type { Config } from '../config'
import type { PasswordCost } from '../security/passwords'
import type { TestDatabase } from './databases'

export const testConfig = (overrides: Partial<Config> = {}): Config => ({
  port: 0,
  host: '127.0.0.1',
  dataDir: mkdtempSync(path.join(tmpdir(), 'rebond-test-')),
  databaseUrl: undefined,
  trustProxy: false,
  logLevel: 'silent',
  sessionSecret: 'test-secret-test-secret-test-secret-0123456789',
  secureCookies: undefined,
  signupsPerHourPerIp: 1000,
  loginsPer15MinPerIp: 1000,
  ...overrides,
})

/**
 * The smallest argon2id cost (8 KiB, 1 pass): a hash takes microseconds instead of tens of
 * milliseconds. Only tests pass it; the production cost is buildApp's default (passwords.test.ts).
 */
export const TEST_PASSWORD_COST: PasswordCost = Object.freeze({ memoryCost: 8, timeCost: 1, parallelism: 1 })

export type TestClock = ReturnType<typeof testClock>

/** A clock tests can move. */
export function testClock(start = new Date('2026-03-02T09:00:00.000Z')) {
  let current = start.getTime()
  return {
    now: () => new Date(current),
    advance: (ms: number) => {
      current += ms
    },
  }
}

/** What every test app is built with (no web build, a cheap password hash, no load shedding), plus `options`. */
export const testAppOptions = (options: Partial<BuildAppOptions> = {}): BuildAppOptions => ({
  config: testConfig(),
  logger: false,
  webRoot: path.join(tmpdir(), 'rebond-no-web-build'),
  passwordCost: TEST_PASSWORD_COST,
  // With app.inject and SQLite's synchronous driver a test can keep the event loop busy for
  // a whole sampling interval: under-pressure then reads "no sample" as infinite lag and sheds.
  // The tests of load shedding itself turn it on.
  maxEventLoopDelayMs: false,
  ...options,
})

export async function createTestApp(
  database: TestDatabase,
  options: Partial<BuildAppOptions> = {},
): Promise<FastifyInstance> {
  return buildApp(testAppOptions({ database: await database.open(), ...options }))
}

/** The session cookie a response set, ready for a Cookie header. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'rebond_session')
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`)
  return `rebond_session=${cookie.value}`
}

/** A sign-up request with this body (and any headers), its answer as it comes. */
export const postSignUp = (app: FastifyInstance, payload: object, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/auth/signup', headers, payload })

/** A sign-in request with this body (and any headers), its answer as it comes. */
export const postLogin = (app: FastifyInstance, payload: object, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/auth/login', headers, payload })

export type SignedUpUser = { cookie: string; id: string; email: string; password: string }

type SignUpOverrides = Partial<{
  email: string
  password: string
  displayName: string
  language: 'fr' | 'en'
  timeZone: string
}>

let counter = 0
/** A valid sign-up body, unique each time (email and name), with these fields replaced. */
export function signUpBody(overrides: SignUpOverrides = {}) {
  counter += 1
  return {
    email: `user${counter}-${Date.now()}@example.com`,
    password: 'correct horse battery',
    displayName: `User ${counter}`,
    language: 'fr' as const,
    ...overrides,
  }
}

export async function signUp(app: FastifyInstance, overrides: SignUpOverrides = {}): Promise<SignedUpUser> {
  const body = signUpBody(overrides)
  const response = await postSignUp(app, body)
  if (response.statusCode !== 201) throw new Error(`signup failed: ${response.statusCode} ${response.body}`)
  return {
    cookie: sessionCookie(response),
    id: response.json().user.id,
    email: body.email,
    password: body.password,
  }
}

/** Requests as a signed-in user, through `app.inject`; with `language`, its messages asked in that language. */
export function asUser(app: FastifyInstance, who: { cookie: string }, language?: 'fr' | 'en') {
  const headers = { cookie: who.cookie, ...(language ? { 'accept-language': language } : {}) }
  const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers, ...(payload ? { payload } : {}) })
  return {
    get: (url: string) => send('GET', url),
    post: (url: string, payload: object) => send('POST', url, payload),
    put: (url: string, payload: object) => send('PUT', url, payload),
    patch: (url: string, payload: object) => send('PATCH', url, payload),
    delete: (url: string, payload?: object) => send('DELETE', url, payload),
  }
}

export type TestSession = { app: FastifyInstance; user: SignedUpUser; clock: TestClock }

/**
 * For each test of the enclosing `describe`: a fresh app on `database` and one person signed up on it
 * (`signUpAs` picks their name or language); the app is closed after the test. With `start`, the app
 * runs on a test clock from that instant, `clock`; without, on the real time. The fields change from
 * test to test: read them inside a test or a hook, never while the describe is being collected.
 */
export function appPerTest(
  database: TestDatabase,
  options: { start?: Date; signUpAs?: SignUpOverrides } = {},
): TestSession {
  const session = {} as TestSession
  beforeEach(async () => {
    const clock = testClock(options.start)
    const app = await createTestApp(database, options.start ? { now: clock.now } : {})
    Object.assign(session, { app, clock, user: await signUp(app, options.signUpAs) } satisfies TestSession)
  })
  afterEach(async () => {
    await session.app?.close()
  })
  return session
}

/** What quick capture answers: the interview and the application it was filed under. */
export type Captured = { interview: { id: string }; application: { id: string } }

/** An interview's fields when a test does not care which (an HR interview at Acme, 27 February 2026). */
export const INTERVIEW_FIELDS = {
  company: 'Acme',
  role: 'Designer',
  stage: 'hr',
  date: '2026-02-27T10:00:00.000Z',
}

/** Quick capture through the route, as `who`: the interview and its application (found or created). */
export async function captureInterview(
  app: FastifyInstance,
  who: { cookie: string },
  fields: Partial<{ company: string; role: string; stage: string; date: string }> = {},
): Promise<Captured> {
  const response = await asUser(app, who).post('/api/interviews', { ...INTERVIEW_FIELDS, ...fields })
  if (response.statusCode !== 201) throw new Error(`capture failed: ${response.statusCode} ${response.body}`)
  return response.json()
}
