import type { FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import { confirmThrottleKey, loginThrottleKey } from '../../repositories/login-throttle.repository'
import { asUser, createTestApp, postLogin, sessionCookie, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

describe.each(testDatabases)('account routes on $kind', (database) => {
  let app: FastifyInstance
  afterEach(async () => {
    await app?.close()
  })

  it('answers 401 with the error shape when signed out', async () => {
    app = await createTestApp(database)
    for (const [method, url] of [
      ['GET', '/api/me'],
      ['PATCH', '/api/me'],
      ['POST', '/api/me/password'],
      ['DELETE', '/api/me'],
      ['GET', '/api/me/sessions'],
    ] as const) {
      const response = await app.inject({
        method,
        url,
        ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
      })
      expect(response.statusCode, `${method} ${url}`).toBe(401)
      expect(response.json().error.code).toBe('unauthenticated')
    }
  })

  it('changes display name and language, and refuses an empty or invalid change', async () => {
    app = await createTestApp(database)
    const user = await signUp(app)
    const patch = (payload: unknown) => asUser(app, user).patch('/api/me', payload as object)
    const ok = await patch({ language: 'en', displayName: '  Alex  ' })
    expect(ok.statusCode).toBe(200)
    expect(ok.json().user).toMatchObject({ language: 'en', displayName: 'Alex' })
    expect((await asUser(app, user).get('/api/me')).json().user.language).toBe('en')

    const empty = await patch({})
    expect(empty.statusCode).toBe(400)
    expect(empty.json().error.fields).toEqual({ _: expect.any(String) })

    const bad = await patch({ language: 'es', displayName: 'x'.repeat(200) })
    expect(bad.statusCode).toBe(400)
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['displayName', 'language'])
  })

  it('changes the password: the current one is checked, other devices are signed out', async () => {
    app = await createTestApp(database)
    const user = await signUp(app)
    const other = await postLogin(app, { email: user.email, password: user.password })
    const otherCookie = sessionCookie(other)

    const wrong = await asUser(app, user, 'fr').post('/api/me/password', {
      currentPassword: 'not it at all',
      newPassword: 'a brand new password',
    })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().error.fields).toEqual({ currentPassword: 'Le mot de passe actuel est incorrect.' })

    const tooShort = await asUser(app, user).post('/api/me/password', {
      currentPassword: user.password,
      newPassword: 'short',
    })
    expect(tooShort.statusCode).toBe(400)
    expect(tooShort.json().error.fields).toHaveProperty('newPassword')

    const changed = await asUser(app, user).post('/api/me/password', {
      currentPassword: user.password,
      newPassword: 'a brand new password',
    })
    expect(changed.statusCode).toBe(204)
    expect((await asUser(app, user).get('/api/me')).statusCode).toBe(200)
    expect((await app.inject({ url: '/api/me', headers: { cookie: otherCookie } })).statusCode).toBe(401)

    const login = (password: string) => postLogin(app, { email: user.email, password })
    expect((await login(user.password)).statusCode).toBe(401)
    expect((await login('a brand new password')).statusCode).toBe(200)
  })

  it('deletes the account and every row it owns; the session ends', async () => {
    app = await createTestApp(database)
    const user = await signUp(app)
    const keep = await signUp(app)
    await postLogin(app, { email: user.email, password: user.password })

    const response = await asUser(app, user).delete('/api/me', { password: user.password })
    expect(response.statusCode).toBe(204)
    expect((await asUser(app, user).get('/api/me')).statusCode).toBe(401)
    expect(await app.repositories.users.findById(user.id)).toBeUndefined()
    expect(await app.repositories.sessions.countForUser(user.id)).toBe(0)
    const login = await postLogin(app, { email: user.email, password: user.password })
    expect(login.statusCode).toBe(401)
    // Someone else's account is untouched.
    expect((await asUser(app, keep).get('/api/me')).statusCode).toBe(200)
    // The email can be used again.
    expect((await signUp(app, { email: user.email })).id).not.toBe(user.id)
  })

  it('deleting the account asks for the password: missing or wrong, a message on the field, nothing deleted', async () => {
    app = await createTestApp(database)
    const user = await signUp(app)
    expect((await asUser(app, user).delete('/api/me')).statusCode).toBe(400)
    const missing = await asUser(app, user).delete('/api/me', {})
    expect(missing.statusCode).toBe(400)
    expect(missing.json().error.fields).toHaveProperty('password')

    const wrong = await asUser(app, user, 'fr').delete('/api/me', { password: 'pas le bon mot de passe' })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().error).toMatchObject({
      code: 'validation_failed',
      fields: { password: 'Ce mot de passe ne correspond pas à votre compte.' },
    })
    expect((await asUser(app, user).get('/api/me')).statusCode).toBe(200)
    expect(await app.repositories.users.findById(user.id)).toBeDefined()
  })

  it('wrong passwords at deletion are throttled like sign-in, on a counter of their own', async () => {
    app = await createTestApp(database, {
      throttlePolicy: { maxFailures: 3, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
    })
    const user = await signUp(app)
    const attempt = (password: string) => asUser(app, user).delete('/api/me', { password })
    expect((await attempt('guess one')).statusCode).toBe(400)
    expect((await attempt('guess two')).statusCode).toBe(400)
    const locked = await attempt('guess three')
    expect(locked.statusCode).toBe(429)
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0)
    // Locked: even the right password waits, and the account is still there.
    expect((await attempt(user.password)).statusCode).toBe(429)
    expect((await asUser(app, user).get('/api/me')).statusCode).toBe(200)
    // Signing in is not locked by these guesses.
    expect((await postLogin(app, { email: user.email, password: user.password })).statusCode).toBe(200)
  })

  it('wrong current passwords at a password change are throttled too, and a change checks the stored one', async () => {
    app = await createTestApp(database, {
      throttlePolicy: { maxFailures: 3, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
    })
    const user = await signUp(app)
    const change = (currentPassword: string, newPassword = 'a brand new passphrase') =>
      asUser(app, user).post('/api/me/password', { currentPassword, newPassword })
    expect((await change('guess one')).statusCode).toBe(400)
    expect((await change('guess two')).statusCode).toBe(400)
    const locked = await change('guess three')
    expect(locked.statusCode).toBe(429)
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0)
    expect((await change(user.password)).statusCode).toBe(429)
    await app.repositories.loginThrottle.clear(confirmThrottleKey(user.id))

    expect((await change(user.password)).statusCode).toBe(204)
    // The old password no longer counts, even though this session read it before the change.
    expect((await change(user.password, 'yet another passphrase')).statusCode).toBe(400)
    expect((await change('a brand new passphrase', 'yet another passphrase')).statusCode).toBe(204)
  })

  it('holds a time zone: the browser’s at sign-up, changed in Account, an unknown one refused on its field', async () => {
    app = await createTestApp(database)
    const user = await signUp(app, { timeZone: 'America/Toronto' })
    expect((await asUser(app, user).get('/api/me')).json().user.timeZone).toBe('America/Toronto')

    const changed = await asUser(app, user).patch('/api/me', { timeZone: 'pacific/noumea' })
    expect(changed.statusCode).toBe(200)
    expect(changed.json().user.timeZone).toBe('Pacific/Noumea')

    const unknown = await asUser(app, user, 'fr').patch('/api/me', { timeZone: 'Mars/Olympus_Mons' })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().error.fields).toEqual({
      timeZone: 'Ce fuseau horaire n’est pas reconnu : choisissez-en un dans la liste.',
    })
    expect((await asUser(app, user).get('/api/me')).json().user.timeZone).toBe('Pacific/Noumea')

    // No zone, or one this server does not know: the account starts in Europe/Paris, sign-up goes through.
    const plain = await signUp(app)
    expect((await asUser(app, plain).get('/api/me')).json().user.timeZone).toBe('Europe/Paris')
    const odd = await signUp(app, { timeZone: 'Nowhere/Special' })
    expect((await asUser(app, odd).get('/api/me')).json().user.timeZone).toBe('Europe/Paris')
  })

  it('tells who is signed in without an error: null for an anonymous visit, the user otherwise', async () => {
    app = await createTestApp(database)
    const anonymous = await app.inject({ url: '/api/auth/session' })
    expect(anonymous.statusCode).toBe(200)
    expect(anonymous.json()).toEqual({ user: null })
    const stale = await app.inject({ url: '/api/auth/session', headers: { cookie: 'rebond_session=forged' } })
    expect(stale.statusCode).toBe(200)
    expect(stale.json()).toEqual({ user: null })

    const user = await signUp(app)
    const signedIn = await asUser(app, user).get('/api/auth/session')
    expect(signedIn.statusCode).toBe(200)
    expect(signedIn.json().user).toMatchObject({ id: user.id, timeZone: 'Europe/Paris' })
    expect(signedIn.json().user).not.toHaveProperty('passwordHash')
  })

  it('deleting the account deletes its sign-in throttle record too', async () => {
    app = await createTestApp(database)
    const user = await signUp(app)
    const other = await signUp(app)
    for (const who of [user, other]) {
      const wrong = await postLogin(app, { email: who.email, password: 'not the password' })
      expect(wrong.statusCode).toBe(401)
    }
    expect(await app.repositories.loginThrottle.find(loginThrottleKey(user.email))).toMatchObject({
      failures: 1,
    })

    const mistyped = await asUser(app, user).delete('/api/me', { password: 'not the password' })
    expect(mistyped.statusCode).toBe(400)
    expect(await app.repositories.loginThrottle.find(confirmThrottleKey(user.id))).toMatchObject({
      failures: 1,
    })
    const response = await asUser(app, user).delete('/api/me', { password: user.password })
    expect(response.statusCode).toBe(204)
    expect(await app.repositories.loginThrottle.find(loginThrottleKey(user.email))).toBeUndefined()
    expect(await app.repositories.loginThrottle.find(confirmThrottleKey(user.id))).toBeUndefined()
    expect(await app.repositories.loginThrottle.find(loginThrottleKey(other.email))).toMatchObject({
      failures: 1,
    })
  })

  it("lists the user's own devices and signs one out", async () => {
    app = await createTestApp(database)
    const user = await signUp(app)
    const second = await postLogin(
      app,
      { email: user.email, password: user.password },
      { 'user-agent': 'Phone browser' },
    )
    const list = await asUser(app, user).get('/api/me/sessions')
    expect(list.statusCode).toBe(200)
    const sessions = list.json().sessions as { id: string; current: boolean; userAgent: string | null }[]
    expect(sessions).toHaveLength(2)
    expect(sessions.filter((s) => s.current)).toHaveLength(1)
    const phone = sessions.find((s) => s.userAgent === 'Phone browser')
    expect(phone?.current).toBe(false)

    const removed = await asUser(app, user).delete(`/api/me/sessions/${encodeURIComponent(phone?.id ?? '')}`)
    expect(removed.statusCode).toBe(204)
    expect(
      (await app.inject({ url: '/api/me', headers: { cookie: sessionCookie(second) } })).statusCode,
    ).toBe(401)
  })

  it("user B can neither read nor change user A's data: 404, as if it did not exist", async () => {
    app = await createTestApp(database)
    const a = await signUp(app)
    const b = await signUp(app)
    const aSessions = (await asUser(app, a).get('/api/me/sessions')).json().sessions
    const aSessionId = aSessions[0].id as string

    // B's view of "me" is B, never A.
    const bMe = await asUser(app, b).get('/api/me')
    expect(bMe.json().user.id).toBe(b.id)
    const bSessions = (await asUser(app, b).get('/api/me/sessions')).json().sessions
    expect(bSessions.map((s: { id: string }) => s.id)).not.toContain(aSessionId)

    // B cannot end A's session: same 404 as for an id that never existed.
    const attempt = await asUser(app, b).delete(`/api/me/sessions/${encodeURIComponent(aSessionId)}`)
    const unknown = await asUser(app, b).delete('/api/me/sessions/does-not-exist')
    expect(attempt.statusCode).toBe(404)
    expect(attempt.body).toBe(unknown.body)
    expect((await asUser(app, a).get('/api/me')).statusCode).toBe(200)
  })
})
