import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createTestApp,
  postSignUp,
  type SignedUpUser,
  sessionCookie,
  testClock,
} from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

// The sign-in lockout of ADR 0006: a browser that signed in to an account has a counter of its
// own (its device cookie); every other client shares the account-wide one.

/** The device cookie a response set, ready for a Cookie header. */
function deviceCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'rebond_device')
  if (!cookie) throw new Error(`no device cookie in response ${response.statusCode}: ${response.body}`)
  return `rebond_device=${cookie.value}`
}

type Owner = SignedUpUser & { device: string }

describe.each(testDatabases)('sign-in lockout on $kind', (database) => {
  let app: FastifyInstance
  afterEach(async () => {
    await app?.close()
  })

  let counter = 0
  async function signUpOwner(): Promise<Owner> {
    counter += 1
    const email = `owner${counter}-${Date.now()}@example.com`
    const password = 'the owner knows this one'
    const response = await postSignUp(app, { email, password, displayName: 'Owner', language: 'fr' })
    expect(response.statusCode).toBe(201)
    return {
      email,
      password,
      id: response.json().user.id,
      cookie: sessionCookie(response),
      device: deviceCookie(response),
    }
  }

  const attempt = (email: string, password: string, cookie?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      ...(cookie ? { headers: { cookie } } : {}),
      payload: { email, password },
    })

  /** Wrong guesses one after the other; the status of each. */
  async function guesses(email: string, count: number, cookie?: string): Promise<number[]> {
    const statuses: number[] = []
    for (let i = 0; i < count; i++)
      statuses.push((await attempt(email, `wrong guess ${i}`, cookie)).statusCode)
    return statuses
  }

  it('gives a signed, HttpOnly, SameSite=Strict device cookie at sign-up and sign-in, kept at sign-out', async () => {
    app = await createTestApp(database)
    const owner = await signUpOwner()
    const login = await attempt(owner.email, owner.password)
    expect(login.statusCode).toBe(200)
    const cookie = login.cookies.find((c) => c.name === 'rebond_device')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' })
    expect(cookie?.maxAge).toBe(180 * 24 * 60 * 60)
    // Names the account (not a secret to its holder) and carries the server's signature.
    expect(cookie?.value).toMatch(new RegExp(`^${owner.id}\\.[A-Za-z0-9_-]+\\.\\d+\\.[A-Za-z0-9_+/=-]+$`))
    // Every sign-in gives a new one.
    expect(deviceCookie(login)).not.toBe(owner.device)

    const logout = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: sessionCookie(login) },
    })
    expect(logout.cookies.find((c) => c.name === 'rebond_device')).toBeUndefined()
  })

  it("a stranger's five wrong guesses lock untrusted clients; the owner's browser still signs in", async () => {
    app = await createTestApp(database)
    const owner = await signUpOwner()
    expect(await guesses(owner.email, 5)).toEqual([401, 401, 401, 401, 429])
    // Any browser that never signed in to this account waits, even with the right password...
    const newDevice = await attempt(owner.email, owner.password)
    expect(newDevice.statusCode).toBe(429)
    expect(Number(newDevice.headers['retry-after'])).toBeGreaterThan(14 * 60)
    // ...but the owner's usual browser is not a stranger: its own counter, still at zero.
    expect((await attempt(owner.email, 'a typo, once', owner.device)).statusCode).toBe(401)
    const usual = await attempt(owner.email, owner.password, owner.device)
    expect(usual.statusCode).toBe(200)
    const me = await app.inject({ url: '/api/me', headers: { cookie: sessionCookie(usual) } })
    expect(me.json().user.email).toBe(owner.email)
    // The owner signing in does not lift the lock for strangers.
    expect((await attempt(owner.email, owner.password)).statusCode).toBe(429)
  })

  it('the device counter locks the device after five wrong passwords, then lets it in after the lock', async () => {
    const clock = testClock()
    app = await createTestApp(database, {
      now: clock.now,
      throttlePolicy: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
    })
    const owner = await signUpOwner()
    expect(await guesses(owner.email, 5, owner.device)).toEqual([401, 401, 401, 401, 429])
    expect((await attempt(owner.email, owner.password, owner.device)).statusCode).toBe(429)
    clock.advance(15 * 60_000)
    expect((await attempt(owner.email, owner.password, owner.device)).statusCode).toBe(200)
  })

  it('guesses made with a stolen device cookie count on that cookie only', async () => {
    app = await createTestApp(database)
    const owner = await signUpOwner()
    const laptop = deviceCookie(await attempt(owner.email, owner.password))
    const stolen = owner.device
    expect(await guesses(owner.email, 5, stolen)).toEqual([401, 401, 401, 401, 429])
    expect((await attempt(owner.email, owner.password, stolen)).statusCode).toBe(429)
    // The account-wide counter did not move: a new device signs in, and so does another browser.
    expect((await attempt(owner.email, owner.password)).statusCode).toBe(200)
    expect((await attempt(owner.email, owner.password, laptop)).statusCode).toBe(200)
  })

  it('a forged or tampered device cookie is no device cookie: its guesses lock untrusted clients', async () => {
    app = await createTestApp(database)
    const owner = await signUpOwner()
    const tampered = `${owner.device.slice(0, -4)}AAAA`
    const unsigned = `rebond_device=${owner.id}.madeup.${Date.now()}`
    expect(await guesses(owner.email, 3, tampered)).toEqual([401, 401, 401])
    expect(await guesses(owner.email, 2, unsigned)).toEqual([401, 429])
    expect((await attempt(owner.email, owner.password, tampered)).statusCode).toBe(429)
    expect((await attempt(owner.email, owner.password)).statusCode).toBe(429)
    // The genuine cookie was never touched.
    expect((await attempt(owner.email, owner.password, owner.device)).statusCode).toBe(200)
  })

  it("a device cookie for account A gives no privilege on account B, and B's guesses leave A's alone", async () => {
    app = await createTestApp(database)
    const a = await signUpOwner()
    const b = await signUpOwner()
    // A's cookie on B's account: an untrusted client, counted on B's account-wide counter.
    expect(await guesses(b.email, 5, a.device)).toEqual([401, 401, 401, 401, 429])
    expect((await attempt(b.email, b.password, a.device)).statusCode).toBe(429)
    expect((await attempt(b.email, b.password)).statusCode).toBe(429)
    expect((await attempt(b.email, b.password, b.device)).statusCode).toBe(200)
    // A's own counter and account are untouched.
    expect((await attempt(a.email, a.password, a.device)).statusCode).toBe(200)
    expect((await attempt(a.email, a.password)).statusCode).toBe(200)
  })

  it('a device cookie older than 180 days counts as untrusted again', async () => {
    const clock = testClock()
    app = await createTestApp(database, { now: clock.now })
    const owner = await signUpOwner()
    clock.advance(180 * 24 * 60 * 60_000)
    expect(await guesses(owner.email, 5)).toEqual([401, 401, 401, 401, 429])
    expect((await attempt(owner.email, owner.password, owner.device)).statusCode).toBe(429)
  })

  it('the account-wide lock of an unknown email is the same whatever the device cookie', async () => {
    app = await createTestApp(database)
    const owner = await signUpOwner()
    expect(await guesses('ghost@example.com', 5, owner.device)).toEqual([401, 401, 401, 401, 429])
    expect((await attempt('ghost@example.com', 'whatever12')).statusCode).toBe(429)
  })
})
