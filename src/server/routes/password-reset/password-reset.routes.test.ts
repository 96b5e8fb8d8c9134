import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { asUser, postLogin, type SignedUpUser, sessionCookie, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'
import { mailingAppPerTest, resetTokenIn } from '../../test-support/mail-catcher'

const PUBLIC_URL = 'https://rebond.example.org'
const NEW_PASSWORD = 'a fresh start, at last'

describe.each(testDatabases)('password reset by mail on $kind', (database) => {
  const mailing = mailingAppPerTest(database, PUBLIC_URL)
  const start = (options: { passwordResetPerIp?: number; mail?: boolean } = {}) =>
    mailing.start({
      mail: options.mail,
      rateLimits: { passwordReset: { max: options.passwordResetPerIp ?? 1000, timeWindow: 60 * 60 * 1000 } },
    })

  let counter = 0
  const uniqueEmail = () => {
    counter += 1
    return `reset${counter}-${randomBytes(4).toString('hex')}@example.org`
  }
  const newUser = (overrides: { language?: 'fr' | 'en'; displayName?: string } = {}) =>
    signUp(mailing.app, { email: uniqueEmail(), ...overrides })

  const requestReset = (email: string, headers: Record<string, string> = {}) =>
    mailing.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/request',
      headers,
      payload: { email },
    })
  const check = (token: string) =>
    mailing.app.inject({ method: 'POST', url: '/api/auth/password-reset/check', payload: { token } })
  const complete = (token: string, password = NEW_PASSWORD) =>
    mailing.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/complete',
      payload: { token, password },
    })

  /** Asks for a link for the user and returns the token from the mail that arrives. */
  async function linkFor(user: SignedUpUser): Promise<string> {
    const before = mailing.catcher.to(user.email).length
    expect((await requestReset(user.email)).statusCode).toBe(202)
    await mailing.app.mailOutbox.settled()
    return resetTokenIn(await mailing.catcher.waitFor(user.email, before + 1))
  }

  it('says whether resets go by mail; without SMTP a request gets 409 and nothing is sent', async () => {
    await start({ mail: false })
    expect((await mailing.app.inject({ method: 'GET', url: '/api/auth/password-reset' })).json()).toEqual({
      byMail: false,
    })
    const user = await newUser()
    const refused = await requestReset(user.email, { 'accept-language': 'fr' })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error).toMatchObject({
      code: 'mail_not_configured',
      message: expect.stringContaining('administre'),
    })
    await mailing.app.close()

    await start()
    expect((await mailing.app.inject({ method: 'GET', url: '/api/auth/password-reset' })).json()).toEqual({
      byMail: true,
    })
  })

  it('mails a one-hour link in the person’s language; the new password works, the old one and every session end', async () => {
    await start()
    const user = await newUser({ displayName: 'Camille' })
    const elsewhere = sessionCookie(
      await postLogin(mailing.app, { email: user.email, password: user.password }),
    )

    const answer = await requestReset(user.email)
    expect(answer.statusCode).toBe(202)
    expect(answer.json()).toEqual({})
    await mailing.app.mailOutbox.settled()
    const mail = await mailing.catcher.waitFor(user.email)
    expect(mail.subject).toBe('Rebond\u00a0: choisir un nouveau mot de passe')
    expect(mail.text).toContain('Bonjour Camille,')
    expect(mail.text).toContain('une heure')
    expect(mail.raw).toMatch(/^From: Rebond <rebond@example\.org>/m)
    const token = resetTokenIn(mail)
    expect(mail.text).toContain(`${PUBLIC_URL}/reset-password#${token}`)
    expect(mail.html).toContain(`href="${PUBLIC_URL}/reset-password#${token}"`)
    expect(mail.html).toContain('<html lang="fr">')

    const checked = await check(token)
    expect(checked.statusCode).toBe(200)
    expect(checked.json()).toEqual({ email: user.email, expiresAt: '2026-03-02T10:00:00.000Z' })

    expect((await complete(token)).statusCode).toBe(204)
    // Every session of the account has ended.
    for (const cookie of [user.cookie, elsewhere])
      expect((await asUser(mailing.app, { cookie }).get('/api/me')).statusCode).toBe(401)
    expect((await postLogin(mailing.app, { email: user.email, password: user.password })).statusCode).toBe(
      401,
    )
    expect((await postLogin(mailing.app, { email: user.email, password: NEW_PASSWORD })).statusCode).toBe(200)

    // The link worked once.
    for (const again of [await check(token), await complete(token, 'yet another new password')]) {
      expect(again.statusCode).toBe(410)
      expect(again.json().error.code).toBe('reset_link_used')
    }
  })

  it('writes in English to an English-speaking account, escaping the name in HTML', async () => {
    await start()
    const user = await newUser({ language: 'en', displayName: 'Alex <b>' })
    const token = await linkFor(user)
    const mail = mailing.catcher.to(user.email)[0]
    expect(mail?.subject).toBe('Rebond: choose a new password')
    expect(mail?.text).toContain('Hello Alex <b>,')
    expect(mail?.text).toContain('for one hour')
    expect(mail?.html).toContain('Hello Alex &#60;b&#62;,')
    expect(mail?.html).toContain(token)
  })

  it('answers an unknown address exactly like a known one, and sends nothing', async () => {
    await start()
    const user = await newUser()
    const known = await requestReset(user.email)
    const unknownAddress = uniqueEmail()
    const unknown = await requestReset(unknownAddress)
    expect(unknown.statusCode).toBe(known.statusCode)
    expect(unknown.body).toBe(known.body)
    expect(unknown.headers['content-type']).toBe(known.headers['content-type'])
    await mailing.app.mailOutbox.settled()
    await mailing.catcher.waitFor(user.email)
    expect(mailing.catcher.to(unknownAddress)).toEqual([])
  })

  it('refuses an expired link (410) and a forged one (400), changing nothing', async () => {
    await start()
    const user = await newUser()
    const token = await linkFor(user)
    mailing.clock.advance(60 * 60 * 1000)
    for (const answer of [await check(token), await complete(token)]) {
      expect(answer.statusCode).toBe(410)
      expect(answer.json().error.code).toBe('reset_link_expired')
    }
    const forged = randomBytes(32).toString('base64url')
    for (const answer of [await check(forged), await complete(forged), await complete(`${token}x`)]) {
      expect(answer.statusCode).toBe(400)
      expect(answer.json().error.code).toBe('reset_link_invalid')
    }
    const empty = await complete('')
    expect(empty.statusCode).toBe(400)
    expect(empty.json().error.fields).toHaveProperty('token')
    expect((await postLogin(mailing.app, { email: user.email, password: user.password })).statusCode).toBe(
      200,
    )
  })

  it('a password changed in Account, or a newer link used, makes a link stale', async () => {
    await start()
    const user = await newUser()
    const first = await linkFor(user)
    const changed = await asUser(mailing.app, user).post('/api/me/password', {
      currentPassword: user.password,
      newPassword: 'changed in account settings',
    })
    expect(changed.statusCode).toBe(204)
    expect((await check(first)).json().error.code).toBe('reset_link_used')

    const older = await linkFor(user)
    const newer = await linkFor(user)
    expect((await complete(newer)).statusCode).toBe(204)
    expect((await complete(older, 'the older link tries')).json().error.code).toBe('reset_link_used')
  })

  it('checks the new password like sign-up does, without spending the link', async () => {
    await start()
    const user = await newUser()
    const token = await linkFor(user)
    const short = await mailing.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/complete',
      headers: { 'accept-language': 'en' },
      payload: { token, password: 'short' },
    })
    expect(short.statusCode).toBe(400)
    expect(short.json().error.fields.password).toBe('At least 10 characters.')
    expect((await check(token)).statusCode).toBe(200)
    const badEmail = await requestReset('not an address')
    expect(badEmail.statusCode).toBe(400)
    expect(badEmail.json().error.fields).toHaveProperty('email')
  })

  it('limits requests per address, known or not: three in 15 minutes, then an hour’s wait', async () => {
    await start()
    const user = await newUser()
    const unknownAddress = uniqueEmail()
    for (const email of [user.email, unknownAddress]) {
      const statuses = []
      for (let i = 0; i < 4; i++) statuses.push((await requestReset(email)).statusCode)
      expect(statuses, email).toEqual([202, 202, 202, 429])
      const refused = await requestReset(email)
      expect(refused.headers['retry-after']).toBe('3600')
    }
    await mailing.app.mailOutbox.settled()
    await mailing.catcher.waitFor(user.email, 3)
    expect(mailing.catcher.to(user.email)).toHaveLength(3)
    mailing.clock.advance(60 * 60 * 1000)
    expect((await requestReset(user.email)).statusCode).toBe(202)
  })

  it('limits requests per IP address, whatever the address asked for', async () => {
    await start({ passwordResetPerIp: 2 })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await requestReset(uniqueEmail())).statusCode)
    expect(statuses).toEqual([202, 202, 429])
    const other = await requestReset(uniqueEmail(), { 'x-forwarded-for': '203.0.113.9' })
    // No proxy is trusted: the header changes nothing, the client is still the same one.
    expect(other.statusCode).toBe(429)
  })

  it('lifts the sign-in lock: a locked-out person gets back in with the new password', async () => {
    await start()
    const user = await newUser()
    const guesses = []
    for (let i = 0; i < 6; i++)
      guesses.push(
        (await postLogin(mailing.app, { email: user.email, password: `wrong ${i} guess` })).statusCode,
      )
    expect(guesses.at(-1)).toBe(429)
    const token = await linkFor(user)
    expect((await complete(token)).statusCode).toBe(204)
    expect((await postLogin(mailing.app, { email: user.email, password: NEW_PASSWORD })).statusCode).toBe(200)
  })

  it('lets one of two simultaneous uses of a link win', async () => {
    await start()
    const user = await newUser()
    const token = await linkFor(user)
    const answers = await Promise.all([
      complete(token, 'first of the two tabs'),
      complete(token, 'second of the two tabs'),
    ])
    expect(answers.map((a) => a.statusCode).sort()).toEqual([204, 410])
    const winner = answers[0]?.statusCode === 204 ? 'first of the two tabs' : 'second of the two tabs'
    expect((await postLogin(mailing.app, { email: user.email, password: winner })).statusCode).toBe(200)
  })
})
