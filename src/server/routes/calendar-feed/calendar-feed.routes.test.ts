import type { FastifyInstance } from 'fastify'
import ICAL from 'ical.js'
import { afterEach, describe, expect, it } from 'vitest'
import {
  asUser,
  captureInterview,
  createTestApp,
  type SignedUpUser,
  signUp,
  testClock,
  testConfig,
} from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

const PUBLIC_URL = 'https://rebond.example.org'

type Event = { uid: string; summary: string; start: string; description: string; url: string | null }

/** The feed as a calendar app reads it: ical.js, every VEVENT with its start in UTC. */
function parseFeed(body: string): { name: string; events: Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(body))
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent)
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      description: event.description,
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
    }
  })
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events }
}

describe.each(testDatabases)('calendar feed on $kind', (database) => {
  let app: FastifyInstance
  afterEach(async () => {
    await app?.close()
  })

  async function start() {
    const clock = testClock(new Date('2026-03-02T09:00:00.000Z'))
    app = await createTestApp(database, { now: clock.now, config: testConfig({ publicUrl: PUBLIC_URL }) })
    return clock
  }

  const makeFeed = async (who: SignedUpUser) => {
    const made = await asUser(app, who).post('/api/me/calendar-feed', {})
    expect(made.statusCode).toBe(201)
    const { url } = made.json() as { url: string }
    expect(url).toMatch(new RegExp(`^${PUBLIC_URL}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`))
    return url.slice(PUBLIC_URL.length)
  }
  // No cookie: a calendar app has no session.
  const fetchFeed = (path: string) => app.inject({ method: 'GET', url: path })

  /** A person with an interview to come, a feedback request waiting for its follow-up and an open rebound. */
  async function personWithHistory(who: SignedUpUser, company: string) {
    const upcoming = await captureInterview(app, who, {
      company,
      role: 'Product designer',
      stage: 'manager',
      date: '2026-03-05T13:00:00.000Z',
    })
    const past = await captureInterview(app, who, {
      company: `${company} Labs`,
      role: 'UX researcher',
      stage: 'hr',
      date: '2026-02-27T10:00:00.000Z',
    })
    const asked = await asUser(app, who).put(`/api/interviews/${past.interview.id}/feedback`, {
      status: 'asked',
    })
    expect(asked.statusCode).toBe(200)
    const rebound = await asUser(app, who).post('/api/rebounds', {
      interviewId: past.interview.id,
      markRejected: true,
    })
    expect(rebound.statusCode).toBe(201)
    return { upcoming: upcoming.interview.id, past: past.interview.id, rebound: rebound.json().id as string }
  }

  it('serves interviews, the preparation evening before, follow-ups and rebound check-ins, in the owner’s zone and words', async () => {
    await start()
    const camille = await signUp(app, { language: 'fr', timeZone: 'Europe/Paris', displayName: 'Camille' })
    const alex = await signUp(app, { language: 'en', timeZone: 'America/New_York', displayName: 'Alex' })
    const mine = await personWithHistory(camille, 'Acme')
    const theirs = await personWithHistory(alex, 'Globex')

    expect((await asUser(app, camille).get('/api/me/calendar-feed')).json()).toEqual({ feed: null })
    const path = await makeFeed(camille)
    expect((await asUser(app, camille).get('/api/me/calendar-feed')).json()).toEqual({
      feed: { createdAt: '2026-03-02T09:00:00.000Z' },
    })

    const response = await fetchFeed(path)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8')
    const feed = parseFeed(response.body)
    expect(feed.name).toBe('Rebond — entretiens et rappels')
    const byUid = new Map(feed.events.map((e) => [e.uid, e]))
    expect([...byUid.keys()].sort()).toEqual(
      [
        `interview-${mine.upcoming}@rebond`,
        `preparation-${mine.upcoming}@rebond`,
        `interview-${mine.past}@rebond`,
        `preparation-${mine.past}@rebond`,
        `feedback-${mine.past}@rebond`,
        `rebound-${mine.rebound}@rebond`,
      ].sort(),
    )
    expect(byUid.get(`interview-${mine.upcoming}@rebond`)).toMatchObject({
      summary: 'Entretien\u00a0: Acme',
      start: '2026-03-05T13:00:00.000Z',
      url: `${PUBLIC_URL}/interviews/${mine.upcoming}`,
    })
    // 18:00 in Paris (UTC+1 in March) the day before.
    expect(byUid.get(`preparation-${mine.upcoming}@rebond`)).toMatchObject({
      summary: 'Préparer l’entretien de demain\u00a0: Acme',
      start: '2026-03-04T17:00:00.000Z',
    })
    // Asked on 2 March, followed up a week later at 09:30 Paris time.
    expect(byUid.get(`feedback-${mine.past}@rebond`)).toMatchObject({
      summary: 'Relancer Acme Labs pour un retour',
      start: '2026-03-09T08:30:00.000Z',
    })
    // The evening the 48 hours end.
    expect(byUid.get(`rebound-${mine.rebound}@rebond`)).toMatchObject({ start: '2026-03-04T17:00:00.000Z' })
    // Nothing of the other person.
    expect(response.body).not.toContain('Globex')
    for (const id of Object.values(theirs)) expect(response.body).not.toContain(id)

    // The other person's feed: English, New York evenings (UTC-5 in early March), only theirs.
    const other = parseFeed((await fetchFeed(await makeFeed(alex))).body)
    expect(other.name).toBe('Rebond — interviews and reminders')
    expect(other.events.find((e) => e.uid === `preparation-${theirs.upcoming}@rebond`)).toMatchObject({
      summary: 'Prepare tomorrow’s interview: Globex',
      start: '2026-03-04T23:00:00.000Z',
    })
    expect(other.events.every((e) => !e.summary.includes('Acme'))).toBe(true)
  })

  it('keeps UIDs stable across fetches, and the follow-up download is the feed’s own event', async () => {
    await start()
    const camille = await signUp(app, { timeZone: 'Europe/Paris' })
    const mine = await personWithHistory(camille, 'Acme')
    const path = await makeFeed(camille)
    const first = parseFeed((await fetchFeed(path)).body).events
    const second = parseFeed((await fetchFeed(path)).body).events
    expect(second.map((e) => [e.uid, e.start])).toEqual(first.map((e) => [e.uid, e.start]))

    const download = await asUser(app, camille).get(`/api/interviews/${mine.past}/feedback/follow-up.ics`)
    expect(download.statusCode).toBe(200)
    const [event] = parseFeed(download.body).events
    const inFeed = first.find((e) => e.uid === `feedback-${mine.past}@rebond`)
    // The same event; only the feed links back to the app (it knows the public address).
    expect({ ...event, url: inFeed?.url }).toEqual(inFeed)
  })

  it('regenerating retires the old address, revoking answers 404, and nothing works without a session', async () => {
    await start()
    const camille = await signUp(app)
    const old = await makeFeed(camille)
    const current = await makeFeed(camille)
    expect(current).not.toBe(old)
    expect((await fetchFeed(old)).statusCode).toBe(404)
    expect((await fetchFeed(current)).statusCode).toBe(200)

    expect((await asUser(app, camille).delete('/api/me/calendar-feed')).statusCode).toBe(204)
    const revoked = await fetchFeed(current)
    expect(revoked.statusCode).toBe(404)
    expect(revoked.json().error.code).toBe('not_found')
    expect((await asUser(app, camille).get('/api/me/calendar-feed')).json()).toEqual({ feed: null })
    // Revoking twice is fine.
    expect((await asUser(app, camille).delete('/api/me/calendar-feed')).statusCode).toBe(204)

    for (const path of ['/api/calendar/not-a-secret.ics', '/api/calendar/x', `${current}x`])
      expect((await fetchFeed(path)).statusCode, path).toBe(404)
    // Hostile addresses: refused plainly, never a 5xx, never someone's feed.
    const secret = current.slice('/api/calendar/'.length, -'.ics'.length)
    for (const path of [
      `/api/calendar/${'a'.repeat(5_000)}.ics`,
      '/api/calendar/..%2F..%2Fetc%2Fpasswd',
      `/api/calendar/${secret}%00.ics`,
      `/api/calendar/${secret.toUpperCase()}.ics`,
      `/api/calendar/%F0%9F%93%85${secret}.ics`,
      "/api/calendar/'%20OR%201=1--.ics",
    ]) {
      const answer = await fetchFeed(path)
      const label = path.slice(0, 80)
      // 414 is the router's own answer to an address far longer than any secret.
      expect([400, 404, 414], label).toContain(answer.statusCode)
      expect(answer.json().error.code, label).toBeTruthy()
    }
    for (const method of ['GET', 'POST', 'DELETE'] as const)
      expect((await app.inject({ method, url: '/api/me/calendar-feed' })).statusCode).toBe(401)
    // Read-only: the feed's address takes no writes.
    expect((await app.inject({ method: 'PUT', url: current, payload: {} })).statusCode).toBe(404)
  })

  it('ends with the account: a deleted person’s address answers 404', async () => {
    await start()
    const camille = await signUp(app)
    const path = await makeFeed(camille)
    const deleted = await asUser(app, camille).delete('/api/me', { password: camille.password })
    expect(deleted.statusCode).toBe(204)
    expect((await fetchFeed(path)).statusCode).toBe(404)
  })
})
