import type { FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import {
  asUser,
  createTestApp,
  postLogin,
  postSignUp,
  sessionCookie,
  signUp,
  signUpBody,
  testClock,
  testConfig,
} from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

const json = { 'content-type': 'application/json' }

describe.each(testDatabases)('auth routes on $kind', (database) => {
  let app: FastifyInstance
  afterEach(async () => {
    await app?.close()
  })

  it('signs up: 201, the user without secrets, and an HttpOnly SameSite=Lax session cookie', async () => {
    app = await createTestApp(database)
    const response = await postSignUp(
      app,
      signUpBody({ email: '  Camille@Example.FR ', displayName: 'Camille' }),
    )
    expect(response.statusCode).toBe(201)
    const { user } = response.json()
    expect(user).toMatchObject({ email: 'camille@example.fr', displayName: 'Camille', language: 'fr' })
    expect(user).not.toHaveProperty('passwordHash')
    expect(JSON.stringify(user)).not.toContain('argon2')
    const cookie = response.cookies.find((c) => c.name === 'rebond_session')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expect(cookie?.secure).toBeFalsy()

    const me = await app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: sessionCookie(response) },
    })
    expect(me.statusCode).toBe(200)
    expect(me.json().user.email).toBe('camille@example.fr')
  })

  it('stores the password as an argon2id hash', async () => {
    app = await createTestApp(database)
    const user = await signUp(app)
    const record = await app.repositories.users.findById(user.id)
    expect(record?.passwordHash).toMatch(/^\$argon2id\$/)
  })

  it('refuses bad sign-up input with one message per field, in the language asked', async () => {
    app = await createTestApp(database)
    const response = await postSignUp(
      app,
      { email: 'not-an-email', password: 'short', displayName: '   ', language: 'de' },
      { 'accept-language': 'en-GB,en;q=0.9' },
    )
    expect(response.statusCode).toBe(400)
    const { error } = response.json()
    expect(error.code).toBe('validation_failed')
    expect(error.fields).toEqual({
      email: expect.stringContaining('valid email'),
      password: 'At least 10 characters.',
      displayName: 'This field is required.',
      language: expect.stringContaining('allowed choices'),
    })

    const fr = await postSignUp(app, {})
    expect(fr.statusCode).toBe(400)
    expect(fr.json().error.fields.email).toBe('Ce champ est obligatoire.')
  })

  it('a field of the wrong type gets the wrong-type message, a missing one the required message', async () => {
    app = await createTestApp(database)
    const response = await postSignUp(
      app,
      { email: 5, password: null, language: 'fr' },
      { 'accept-language': 'fr' },
    )
    expect(response.statusCode).toBe(400)
    expect(response.json().error.fields).toEqual({
      email: 'Cette valeur n’a pas le bon type.',
      password: 'Ce champ est obligatoire.',
      displayName: 'Ce champ est obligatoire.',
    })
  })

  it('refuses a NUL character in a text field with 400 before it reaches the database', async () => {
    app = await createTestApp(database)
    const signup = (headers: Record<string, string>) =>
      postSignUp(
        app,
        {
          email: 'nul@example.com',
          password: 'un mot de passe long',
          displayName: 'A\u0000B',
          language: 'fr',
        },
        headers,
      )
    const en = await signup({ 'accept-language': 'en' })
    expect(en.statusCode).toBe(400)
    expect(en.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'Some fields need correcting.',
        fields: { displayName: 'This text contains an invisible character that is not allowed.' },
      },
    })
    const fr = await signup({})
    expect(fr.json().error.fields).toEqual({
      displayName: 'Ce texte contient un caractère invisible non autorisé.',
    })
    // Nothing was created: the same email signs up once the text is clean.
    expect((await signUp(app, { email: 'nul@example.com' })).email).toBe('nul@example.com')

    const login = await postLogin(app, { email: 'nul@example.com', password: 'x\u0000'.repeat(6) })
    expect(login.statusCode).toBe(400)
    expect(Object.keys(login.json().error.fields)).toEqual(['password'])
  })

  it('a second sign-up with the same email gets 409 without saying more', async () => {
    app = await createTestApp(database)
    const first = await signUp(app, { email: 'sam@example.com' })
    const response = await postSignUp(
      app,
      signUpBody({ email: 'SAM@example.com', password: 'another long password', language: 'en' }),
    )
    expect(response.statusCode).toBe(409)
    expect(response.json().error.code).toBe('email_unavailable')
    expect(response.cookies).toHaveLength(0)
    // The original account is untouched.
    const login = await postLogin(app, { email: 'sam@example.com', password: first.password })
    expect(login.statusCode).toBe(200)
  })

  it("a sign-up with an existing email and that account's password signs in to it (200, nothing changed)", async () => {
    app = await createTestApp(database)
    const first = await signUp(app, { email: 'dana@example.com', displayName: 'Dana', language: 'fr' })
    const again = await postSignUp(
      app,
      signUpBody({
        email: 'DANA@example.com',
        password: first.password,
        displayName: 'Other',
        language: 'en',
      }),
    )
    expect(again.statusCode).toBe(200)
    expect(again.json().user).toMatchObject({
      id: first.id,
      email: 'dana@example.com',
      displayName: 'Dana',
      language: 'fr',
    })
    const me = await app.inject({ url: '/api/me', headers: { cookie: sessionCookie(again) } })
    expect(me.json().user.id).toBe(first.id)
    expect(again.cookies.find((c) => c.name === 'rebond_device')).toBeDefined()
  })

  it('wrong passwords given at sign-up for an existing email count like wrong sign-ins', async () => {
    app = await createTestApp(database, {
      throttlePolicy: { maxFailures: 3, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
    })
    const user = await signUp(app)
    const signUpAgain = (password: string) =>
      postSignUp(app, { email: user.email, password, displayName: 'Guess', language: 'en' })
    const statuses = []
    for (const guess of ['guess number one', 'guess number two', 'guess number three']) {
      statuses.push((await signUpAgain(guess)).statusCode)
    }
    expect(statuses).toEqual([409, 409, 429])
    // The lock is the sign-in one: the right password waits on both doors.
    expect((await signUpAgain(user.password)).statusCode).toBe(429)
    const login = await postLogin(app, { email: user.email, password: user.password })
    expect(login.statusCode).toBe(429)
  })

  it('a refused sign-up counts towards the per-IP sign-up limit', async () => {
    app = await createTestApp(database, { config: testConfig({ signupsPerHourPerIp: 3 }) })
    const user = await signUp(app)
    const probe = (email: string) =>
      postSignUp(app, { email, password: 'not their password', displayName: 'Probe', language: 'en' })
    expect((await probe(user.email)).statusCode).toBe(409)
    expect((await probe(user.email)).statusCode).toBe(409)
    // Three answers from this IP this hour: whether an email has an account is asked no further.
    expect((await probe(user.email)).statusCode).toBe(429)
    expect((await probe('someone-else@example.com')).statusCode).toBe(429)
  })

  it('wrong email and wrong password get exactly the same answer', async () => {
    app = await createTestApp(database)
    const user = await signUp(app)
    const wrongPassword = await postLogin(app, { email: user.email, password: 'not the password' })
    const wrongEmail = await postLogin(app, { email: 'nobody@example.com', password: 'not the password' })
    expect(wrongPassword.statusCode).toBe(401)
    expect(wrongEmail.statusCode).toBe(401)
    expect(wrongEmail.body).toBe(wrongPassword.body)
    expect(wrongPassword.json().error.code).toBe('invalid_credentials')
  })

  it('signs in with a new session id every time and ends the old one', async () => {
    app = await createTestApp(database)
    const user = await signUp(app)
    const login = await asUser(app, user).post('/api/auth/login', {
      email: user.email,
      password: user.password,
    })
    expect(login.statusCode).toBe(200)
    const fresh = sessionCookie(login)
    expect(fresh).not.toBe(user.cookie)
    expect((await asUser(app, user).get('/api/me')).statusCode).toBe(401)
    expect((await app.inject({ url: '/api/me', headers: { cookie: fresh } })).statusCode).toBe(200)
  })

  it('signs out: the session no longer works', async () => {
    app = await createTestApp(database)
    const user = await signUp(app)
    const logout = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: user.cookie },
    })
    expect(logout.statusCode).toBe(204)
    expect(logout.cookies.find((c) => c.name === 'rebond_session')?.value).toBe('')
    const me = await asUser(app, user).get('/api/me')
    expect(me.statusCode).toBe(401)
    expect(me.json().error.code).toBe('unauthenticated')
    // Signing out twice is harmless.
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204)
  })

  it('ignores a forged or tampered cookie', async () => {
    app = await createTestApp(database)
    const user = await signUp(app)
    const tampered = `${user.cookie.slice(0, -3)}abc`
    expect((await app.inject({ url: '/api/me', headers: { cookie: tampered } })).statusCode).toBe(401)
    expect(
      (await app.inject({ url: '/api/me', headers: { cookie: 'rebond_session=forged' } })).statusCode,
    ).toBe(401)
  })

  it('locks an account after repeated wrong passwords (429, Retry-After), then lets the owner back in', async () => {
    const clock = testClock()
    app = await createTestApp(database, {
      now: clock.now,
      throttlePolicy: { maxFailures: 3, windowMs: 15 * 60_000, lockMs: 10 * 60_000 },
    })
    const user = await signUp(app)
    const attempt = (password: string) => postLogin(app, { email: user.email, password })
    expect((await attempt('wrong one!')).statusCode).toBe(401)
    expect((await attempt('wrong two!')).statusCode).toBe(401)
    const locked = await attempt('wrong three')
    expect(locked.statusCode).toBe(429)
    expect(locked.headers['retry-after']).toBe('600')
    expect(locked.json().error.code).toBe('too_many_requests')
    // Even the right password waits: the lock is per account, not per guess (for every client
    // without this account's device cookie, as here; see lockout.routes.test.ts).
    expect((await attempt(user.password)).statusCode).toBe(429)
    clock.advance(10 * 60_000)
    expect((await attempt(user.password)).statusCode).toBe(200)
  })

  it('counts parallel wrong guesses one by one: a burst over the limit locks the account', async () => {
    app = await createTestApp(database, {
      throttlePolicy: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
    })
    const user = await signUp(app)
    const attempt = (password: string) => postLogin(app, { email: user.email, password })
    const burst = await Promise.all(Array.from({ length: 8 }, (_, i) => attempt(`wrong guess ${i}`)))
    expect(burst.map((r) => r.statusCode).sort()).toEqual([401, 401, 401, 401, 429, 429, 429, 429])
    const next = await attempt(user.password)
    expect(next.statusCode).toBe(429)
    expect(Number(next.headers['retry-after'])).toBeGreaterThan(14 * 60)
  })

  it('locks an unknown email the same way, revealing nothing', async () => {
    app = await createTestApp(database, {
      throttlePolicy: { maxFailures: 2, windowMs: 60_000, lockMs: 60_000 },
    })
    const attempt = () => postLogin(app, { email: 'ghost@example.com', password: 'whatever12' })
    expect((await attempt()).statusCode).toBe(401)
    expect((await attempt()).statusCode).toBe(429)
  })

  it('rate limits sign-in per IP with 429 and Retry-After', async () => {
    app = await createTestApp(database, { rateLimits: { login: { max: 2, timeWindow: 60_000 } } })
    const attempt = (email: string) => postLogin(app, { email, password: 'whatever12' })
    expect((await attempt('a@example.com')).statusCode).toBe(401)
    expect((await attempt('b@example.com')).statusCode).toBe(401)
    const limited = await attempt('c@example.com')
    expect(limited.statusCode).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    expect(limited.json().error).toMatchObject({ code: 'too_many_requests', message: expect.any(String) })
  })

  it('limits sign-ups per IP to SIGNUPS_PER_HOUR_PER_IP an hour: the next gets 429 and Retry-After', async () => {
    app = await createTestApp(database, { config: testConfig({ signupsPerHourPerIp: 2 }) })
    const signUpFrom = (remoteAddress: string, email: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        remoteAddress,
        payload: { email, password: 'long enough pw', displayName: 'Someone', language: 'en' },
      })
    expect((await signUpFrom('198.51.100.7', 'one@example.com')).statusCode).toBe(201)
    expect((await signUpFrom('198.51.100.7', 'two@example.com')).statusCode).toBe(201)

    const limited = await signUpFrom('198.51.100.7', 'three@example.com')
    expect(limited.statusCode).toBe(429)
    // The window is an hour, counted from the first sign-up.
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(59 * 60)
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60 * 60)
    expect(limited.json()).toEqual({
      error: expect.objectContaining({ code: 'too_many_requests', message: expect.any(String) }),
    })
    // The refused sign-up made no account.
    const login = await postLogin(app, { email: 'three@example.com', password: 'long enough pw' })
    expect(login.statusCode).toBe(401)

    // The limit is per IP: another address can still sign up.
    expect((await signUpFrom('203.0.113.9', 'four@example.com')).statusCode).toBe(201)
  })

  it('with TRUST_PROXY=true, a rotating X-Forwarded-For does not escape the sign-up limit', async () => {
    app = await createTestApp(database, { config: testConfig({ trustProxy: true, signupsPerHourPerIp: 10 }) })
    // Behind one proxy (127.0.0.1), which appends the address it saw to whatever the client sent.
    const signUpVia = (claimed: string, seen: string, i: number) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': `${claimed}, ${seen}` },
        payload: {
          email: `rotating${i}@example.com`,
          password: 'long enough pw',
          displayName: 'R',
          language: 'en',
        },
      })
    const statuses = []
    for (let i = 0; i < 12; i++)
      statuses.push((await signUpVia(`10.0.${i}.${i}`, '198.51.100.7', i)).statusCode)
    expect(statuses).toEqual([...Array(10).fill(201), 429, 429])
    // Another client behind the same proxy is counted on its own.
    expect((await signUpVia('10.0.0.1', '203.0.113.9', 12)).statusCode).toBe(201)
  })

  it('with TRUST_PROXY as a list, only the listed proxies are believed', async () => {
    app = await createTestApp(database, {
      config: testConfig({ trustProxy: ['10.0.0.0/8'], signupsPerHourPerIp: 1 }),
    })
    let n = 0
    const signUpFrom = (remoteAddress: string, forwardedFor: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        remoteAddress,
        headers: { 'x-forwarded-for': forwardedFor },
        payload: {
          email: `listed${n++}@example.com`,
          password: 'long enough pw',
          displayName: 'L',
          language: 'en',
        },
      })
    // Through two listed proxies: the client is the first address no listed proxy vouches for.
    expect((await signUpFrom('10.0.0.2', '192.0.2.1, 198.51.100.7, 10.0.0.3')).statusCode).toBe(201)
    expect((await signUpFrom('10.0.0.2', '192.0.2.2, 198.51.100.7, 10.0.0.4')).statusCode).toBe(429)
    // A client reaching the app directly is not believed about anyone else.
    expect((await signUpFrom('203.0.113.5', '192.0.2.3')).statusCode).toBe(201)
    expect((await signUpFrom('203.0.113.5', '192.0.2.4')).statusCode).toBe(429)
  })

  it('ends a session after the idle limit and after the absolute limit', async () => {
    const clock = testClock()
    const policy = { idleMs: 60 * 60_000, absoluteMs: 3 * 60 * 60_000, touchEveryMs: 60_000 }
    app = await createTestApp(database, { now: clock.now, sessionPolicy: policy })
    const idle = await signUp(app)
    const active = await signUp(app)
    // `active` keeps using the app every 50 minutes; `idle` does not.
    for (let i = 0; i < 3; i++) {
      clock.advance(50 * 60_000)
      expect((await asUser(app, active).get('/api/me')).statusCode).toBe(200)
    }
    expect((await asUser(app, idle).get('/api/me')).statusCode).toBe(401)
    clock.advance(31 * 60_000)
    expect((await asUser(app, active).get('/api/me')).statusCode).toBe(401)
  })

  it('marks the cookie Secure behind an HTTPS proxy when TRUST_PROXY is on', async () => {
    app = await createTestApp(database, { config: testConfig({ trustProxy: true }) })
    const response = await postSignUp(
      app,
      { email: 'secure@example.com', password: 'long enough pw', displayName: 'S', language: 'en' },
      { 'x-forwarded-proto': 'https', ...json },
    )
    expect(response.statusCode).toBe(201)
    expect(response.cookies.find((c) => c.name === 'rebond_session')?.secure).toBe(true)
  })
})
