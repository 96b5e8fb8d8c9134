import type { FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import type { InvitationCreated } from '../../../shared/schemas/sharing'
import {
  asUser,
  captureInterview,
  createTestApp,
  postLogin,
  type SignedUpUser,
  sessionCookie,
  signUp,
  type TestClock,
  testClock,
  testConfig,
} from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

const PUBLIC_URL = 'https://rebond.example.org'
const START = '2026-03-02T09:00:00.000Z'
const WEEK_MS = 7 * 24 * 60 * 60 * 1000

const SHARES = { debriefs: 'all', rehearsal: true, mockInterviews: false, progress: true }

describe.each(testDatabases)('coaches and partners: invitations and links, on $kind', (database) => {
  let app: FastifyInstance
  let clock: TestClock
  afterEach(async () => {
    await app?.close()
  })

  async function start() {
    clock = testClock(new Date(START))
    app = await createTestApp(database, { now: clock.now, config: testConfig({ publicUrl: PUBLIC_URL }) })
  }

  /** An invitation made by `owner`: the link as answered and the token from its address. */
  async function invite(owner: SignedUpUser, body: object = { role: 'coach', shares: SHARES }) {
    const response = await asUser(app, owner).post('/api/sharing/invitations', body)
    expect(response.statusCode, response.body).toBe(201)
    const { link, url } = response.json() as InvitationCreated
    expect(url).toMatch(new RegExp(`^${PUBLIC_URL}/invitation#[A-Za-z0-9_-]{43}$`))
    return { link, token: url.split('#')[1] as string }
  }

  const accept = (who: SignedUpUser, token: string) => asUser(app, who).post('/api/sharing/accept', { token })
  const links = async (who: SignedUpUser) => (await asUser(app, who).get('/api/sharing/links')).json()
  const end = (who: SignedUpUser, id: string) => asUser(app, who).post(`/api/sharing/links/${id}/end`, {})
  const open = (who: SignedUpUser, id: string) => asUser(app, who).get(`/api/sharing/received/${id}`)

  it('invite → accept → open → end by the owner: the coach then gets 404', async () => {
    await start()
    const camille = await signUp(app, { displayName: 'Camille' })
    const sam = await signUp(app, { displayName: 'Sam' })
    const { link, token } = await invite(camille, { role: 'coach', label: 'Sam, APEC', shares: SHARES })
    expect(link).toMatchObject({
      role: 'coach',
      label: 'Sam, APEC',
      state: 'pending',
      // What was not chosen is not shared; the mood log and rebound plans default to no.
      shares: { ...SHARES, interviewIds: [], mockInterviews: false, moods: false, rebounds: false },
      createdAt: START,
      expiresAt: '2026-03-09T09:00:00.000Z',
      invitee: null,
      lastLookedAt: null,
    })
    expect((await links(camille)).owned).toEqual([link])
    expect((await links(sam)).received).toEqual([])

    clock.advance(60_000)
    const accepted = await accept(sam, token)
    expect(accepted.statusCode, accepted.body).toBe(200)
    expect(accepted.json().link).toEqual({
      id: link.id,
      role: 'coach',
      shares: link.shares,
      createdAt: START,
      acceptedAt: '2026-03-02T09:01:00.000Z',
      owner: { displayName: 'Camille', language: 'fr' },
    })
    // The owner's label is the owner's only.
    expect(accepted.body).not.toContain('APEC')
    expect((await links(sam)).received).toEqual([accepted.json().link])
    expect((await links(camille)).owned[0]).toMatchObject({
      state: 'active',
      invitee: { displayName: 'Sam' },
      lastLookedAt: null,
    })

    clock.advance(60_000)
    const opened = await open(sam, link.id)
    expect(opened.statusCode).toBe(200)
    expect(opened.json()).toEqual({ link: accepted.json().link })
    expect((await links(camille)).owned[0].lastLookedAt).toBe('2026-03-02T09:02:00.000Z')

    clock.advance(60_000)
    expect((await end(camille, link.id)).statusCode).toBe(204)
    expect((await open(sam, link.id)).statusCode).toBe(404)
    expect((await links(sam)).received).toEqual([])
    expect((await end(sam, link.id)).statusCode).toBe(404)
    expect((await links(camille)).owned[0]).toMatchObject({
      state: 'ended',
      endedAt: '2026-03-02T09:03:00.000Z',
      endedBy: 'owner',
      // The history stays with the owner.
      lastLookedAt: '2026-03-02T09:02:00.000Z',
    })
    // Again: nothing changes.
    expect((await end(camille, link.id)).statusCode).toBe(204)
    expect((await links(camille)).owned[0].endedAt).toBe('2026-03-02T09:03:00.000Z')
    // An ended link cannot be accepted again.
    expect((await accept(sam, token)).json().error.code).toBe('invitation_used')
  })

  it('the invitee can end the link too; a partner link is listed as such', async () => {
    await start()
    const camille = await signUp(app)
    const lou = await signUp(app)
    const { link, token } = await invite(camille, {
      role: 'partner',
      shares: { debriefs: 'none', rehearsal: false, mockInterviews: false, progress: false, moods: true },
    })
    expect((await accept(lou, token)).statusCode).toBe(200)
    expect((await links(lou)).received[0]).toMatchObject({ role: 'partner', shares: { moods: true } })
    expect((await end(lou, link.id)).statusCode).toBe(204)
    expect((await open(lou, link.id)).statusCode).toBe(404)
    expect((await links(camille)).owned[0]).toMatchObject({ state: 'ended', endedBy: 'invitee' })
  })

  it('the owner can withdraw an invitation before it is accepted', async () => {
    await start()
    const camille = await signUp(app)
    const sam = await signUp(app)
    const { link, token } = await invite(camille)
    expect((await end(camille, link.id)).statusCode).toBe(204)
    const late = await accept(sam, token)
    expect(late.statusCode).toBe(410)
    expect(late.json().error.code).toBe('invitation_used')
    expect((await links(camille)).owned[0]).toMatchObject({ state: 'ended', invitee: null })
  })

  it('refuses a forged, an expired, a used invitation and one’s own, each with its own words', async () => {
    await start()
    const camille = await signUp(app)
    const sam = await signUp(app)
    const lou = await signUp(app)
    const { token } = await invite(camille)

    const forged = await asUser(app, sam, 'en').post('/api/sharing/accept', {
      token: `${token.slice(0, -1)}x`,
    })
    expect(forged.statusCode).toBe(400)
    expect(forged.json().error).toEqual({
      code: 'invitation_invalid',
      message: 'This invitation is not recognised. Check that the link is complete, or ask for a new one.',
    })

    const self = await accept(camille, token)
    expect(self.statusCode).toBe(400)
    expect(self.json().error.code).toBe('invitation_self')

    expect((await accept(sam, token)).statusCode).toBe(200)
    for (const who of [sam, lou]) {
      const used = await accept(who, token)
      expect(used.statusCode).toBe(410)
      expect(used.json().error.code).toBe('invitation_used')
    }
    // Lou got nothing out of trying.
    expect((await links(lou)).received).toEqual([])

    const { link: later, token: laterToken } = await invite(camille)
    clock.advance(WEEK_MS)
    // Sessions do not last a week idle: whoever opens the link then has just signed in.
    const late = await signUp(app)
    const expired = await asUser(app, late, 'fr').post('/api/sharing/accept', { token: laterToken })
    expect(expired.statusCode).toBe(410)
    expect(expired.json().error).toMatchObject({ code: 'invitation_expired' })
    expect(expired.json().error.message).toContain('une semaine')
    const again = sessionCookie(await postLogin(app, { email: camille.email, password: camille.password }))
    const { owned } = await links({ ...camille, cookie: again })
    expect(owned.find((l: { id: string }) => l.id === later.id)).toMatchObject({ state: 'expired' })
  })

  it('two acceptances of one invitation at once: exactly one wins', async () => {
    await start()
    const camille = await signUp(app)
    const sam = await signUp(app)
    const lou = await signUp(app)
    const { link, token } = await invite(camille)
    const answers = await Promise.all([accept(sam, token), accept(lou, token), accept(sam, token)])
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 410, 410])
    const winner = answers.findIndex((a) => a.statusCode === 200) === 1 ? lou : sam
    const loser = winner === sam ? lou : sam
    expect((await open(winner, link.id)).statusCode).toBe(200)
    expect((await open(loser, link.id)).statusCode).toBe(404)
    expect((await links(camille)).owned).toHaveLength(1)
  })

  it('a stranger, the owner on the invitee’s side and the signed-out get nothing', async () => {
    await start()
    const camille = await signUp(app)
    const sam = await signUp(app)
    const stranger = await signUp(app)
    const { link, token } = await invite(camille)
    expect((await accept(sam, token)).statusCode).toBe(200)

    expect((await open(stranger, link.id)).statusCode).toBe(404)
    expect((await end(stranger, link.id)).statusCode).toBe(404)
    expect(await links(stranger)).toEqual({ owned: [], received: [], byMail: false })
    // The owner does not open their own link as if it were made to them.
    expect((await open(camille, link.id)).statusCode).toBe(404)
    // An unknown id reads like someone else's.
    expect((await open(sam, 'no-such-link')).statusCode).toBe(404)
    // Still active: the stranger changed nothing.
    expect((await open(sam, link.id)).statusCode).toBe(200)

    for (const [method, url] of [
      ['GET', '/api/sharing/links'],
      ['POST', '/api/sharing/invitations'],
      ['POST', '/api/sharing/accept'],
      ['GET', `/api/sharing/received/${link.id}`],
      ['POST', `/api/sharing/links/${link.id}/end`],
    ] as const) {
      const response = await app.inject({ method, url, ...(method === 'POST' ? { payload: { token } } : {}) })
      expect(response.statusCode, `${method} ${url}`).toBe(401)
    }
  })

  it('checks what is shared, field by field', async () => {
    await start()
    const camille = await signUp(app)
    const alex = await signUp(app)
    const mine = await captureInterview(app, camille, { company: 'Acme' })
    const theirs = await captureInterview(app, alex, { company: 'Globex' })
    const post = (body: object) => asUser(app, camille, 'en').post('/api/sharing/invitations', body)

    const nothing = await post({
      role: 'coach',
      shares: { debriefs: 'none', rehearsal: false, mockInterviews: false, progress: false },
    })
    expect(nothing.statusCode).toBe(400)
    expect(nothing.json().error.fields).toEqual({ shares: 'Choose at least one thing to share.' })

    const noneSelected = await post({ role: 'coach', shares: { ...SHARES, debriefs: 'selected' } })
    expect(noneSelected.json().error.fields).toEqual({
      'shares.interviewIds': 'Choose at least one debrief, or share them all.',
    })

    const notMine = await post({
      role: 'coach',
      shares: { ...SHARES, debriefs: 'selected', interviewIds: [mine.interview.id, theirs.interview.id] },
    })
    expect(notMine.statusCode).toBe(400)
    expect(notMine.json().error.fields).toEqual({
      'shares.interviewIds.1': 'This value is not one of the allowed choices.',
    })

    const badRole = await post({ role: 'admin', shares: SHARES })
    expect(badRole.statusCode).toBe(400)
    expect(Object.keys(badRole.json().error.fields)).toEqual(['role'])

    const twoLines = await post({ role: 'coach', label: 'Sam\nAPEC', shares: SHARES })
    expect(Object.keys(twoLines.json().error.fields)).toEqual(['label'])

    // Nothing was made by the refused attempts.
    expect((await links(camille)).owned).toEqual([])

    const selected = await invite(camille, {
      role: 'coach',
      shares: { ...SHARES, debriefs: 'selected', interviewIds: [mine.interview.id, mine.interview.id] },
    })
    expect(selected.link).toMatchObject({
      shares: { debriefs: 'selected', interviewIds: [mine.interview.id] },
    })
    // A list given with "all" is not kept.
    const all = await invite(camille, {
      role: 'coach',
      shares: { ...SHARES, interviewIds: [mine.interview.id] },
    })
    expect(all.link).toMatchObject({ shares: { debriefs: 'all', interviewIds: [] } })
  })

  it('builds the invitation address from PUBLIC_URL, never from the Host header', async () => {
    await start()
    const camille = await signUp(app)
    const response = await app.inject({
      method: 'POST',
      url: '/api/sharing/invitations',
      headers: { cookie: camille.cookie, host: 'evil.example' },
      payload: { role: 'partner', shares: SHARES },
    })
    expect(response.statusCode).toBe(201)
    expect(response.json().url.startsWith(`${PUBLIC_URL}/invitation#`)).toBe(true)
  })
})
