import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { emptyDebrief } from '../../../domain/debrief'
import { appPerTest, asUser, captureInterview, type SignedUpUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

describe.each(testDatabases)('feedback requests on $kind', (database) => {
  const ctx = appPerTest(database, {
    start: new Date('2026-03-03T09:00:00.000Z'),
    signUpAs: { displayName: 'Camille Durand' },
  })
  const as = (who: SignedUpUser) => asUser(ctx.app, who)

  const interviewAt = async (stage: string) => {
    const { interview } = await captureInterview(ctx.app, ctx.user, {
      company: 'Decathlon',
      role: 'Cheffe de projet',
      stage,
      date: '2026-03-02T14:00:00Z',
    })
    return interview.id
  }

  it('after an early round: a short ask, expectations set, no points', async () => {
    const id = await interviewAt('hr')
    const { request, advice, values } = (await as(ctx.user).get(`/api/interviews/${id}/feedback`)).json()
    expect(request).toMatchObject({ status: 'to_ask', stage: 'to_ask', askedAt: null })
    expect(advice).toMatchObject({ expectation: 'rare', style: 'short', points: [] })
    expect(values).toMatchObject({
      company: 'Decathlon',
      role: 'Cheffe de projet',
      interviewer: '',
      name: 'Camille Durand',
    })
    expect(values.date).toEqual({ fr: '2 mars 2026', en: '2 March 2026' })
  })

  it('after a late round: ask within days, with the points the debrief found', async () => {
    const id = await interviewAt('final')
    await as(ctx.user).patch(`/api/interviews/${id}`, {
      interviewers: [{ name: 'Claire Martin', role: 'DRH' }],
    })
    await as(ctx.user).put(`/api/interviews/${id}/debrief`, {
      version: 0,
      debrief: {
        ...emptyDebrief(),
        causes: [{ cause: 'salary', otherLabel: '', evidence: '', severity: 'major', questionIds: [] }],
      },
    })
    const { advice, values } = (await as(ctx.user).get(`/api/interviews/${id}/feedback`)).json()
    expect(advice).toMatchObject({
      expectation: 'likely',
      style: 'detailed',
      askBy: '2026-03-04T14:00:00.000Z',
    })
    expect(advice.points).toHaveLength(1)
    expect(advice.points[0].fr).toMatch(/salariales/)
    expect(values.interviewer).toBe('Claire Martin')
  })

  it('tracks the request: asked → follow-up due a week later → received; Home lists it when due', async () => {
    const id = await interviewAt('manager')
    const asked = await as(ctx.user).put(`/api/interviews/${id}/feedback`, {
      status: 'asked',
      tone: 'warm',
      lang: 'fr',
      recipient: 'claire.martin@example.com',
      subject: 'Merci pour notre échange',
      body: 'Bonjour Claire, …',
    })
    expect(asked.statusCode).toBe(200)
    expect(asked.json()).toMatchObject({
      status: 'asked',
      stage: 'asked',
      askedAt: '2026-03-03T09:00:00.000Z',
      followUpAt: '2026-03-10T09:00:00.000Z',
      tone: 'warm',
    })
    expect((await as(ctx.user).get('/api/feedback/follow-ups')).json().followUps).toEqual([])
    // (Using the app in between keeps the session alive: it ends after 7 idle days.)
    ctx.clock.advance(4 * 86_400_000)
    expect((await as(ctx.user).get('/api/feedback/follow-ups')).json().followUps).toEqual([])
    ctx.clock.advance(3 * 86_400_000)
    const due = (await as(ctx.user).get('/api/feedback/follow-ups')).json().followUps
    expect(due).toEqual([
      {
        interviewId: id,
        company: 'Decathlon',
        role: 'Cheffe de projet',
        followUpAt: '2026-03-10T09:00:00.000Z',
      },
    ])
    expect((await as(ctx.user).get(`/api/interviews/${id}/feedback`)).json().request.stage).toBe(
      'follow_up_due',
    )
    expect((await as(ctx.user).get('/api/home')).json().followUps).toHaveLength(1)

    const received = await as(ctx.user).put(`/api/interviews/${id}/feedback`, {
      status: 'received',
      feedbackText: 'Votre profil était intéressant, mais il manquait des exemples chiffrés.',
    })
    expect(received.json()).toMatchObject({ status: 'received', receivedAt: '2026-03-10T09:00:00.000Z' })
    expect((await as(ctx.user).get('/api/feedback/follow-ups')).json().followUps).toEqual([])
  })

  /** The downloaded reminder read back with ical.js, alarm included: what a calendar app would see. */
  const reminderOf = async (id: string) => {
    const ics = await as(ctx.user).get(`/api/interviews/${id}/feedback/follow-up.ics`)
    expect(ics.statusCode).toBe(200)
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8')
    const calendar = new ICAL.Component(ICAL.parse(ics.body))
    const vevent = calendar.getFirstSubcomponent('vevent')
    if (!vevent) throw new Error('no event')
    const alarm = vevent.getFirstSubcomponent('valarm')
    if (!alarm) throw new Error('no alarm')
    const trigger = alarm.getFirstPropertyValue('trigger')
    if (!(trigger instanceof ICAL.Duration)) throw new Error(`the trigger is not a duration: ${trigger}`)
    return {
      body: ics.body,
      fileName: ics.headers['content-disposition'],
      event: new ICAL.Event(vevent),
      alarm: { action: alarm.getFirstPropertyValue('action'), triggerSeconds: trigger.toSeconds() },
    }
  }

  it('the follow-up reminder downloads as a calendar event that parses back, its alarm included', async () => {
    const id = await interviewAt('manager')
    expect((await as(ctx.user).get(`/api/interviews/${id}/feedback/follow-up.ics`)).statusCode).toBe(404)
    await as(ctx.user).put(`/api/interviews/${id}/feedback`, {
      status: 'asked',
      followUpAt: '2026-03-12T08:30:00Z',
    })
    const { body, event, alarm, fileName } = await reminderOf(id)
    expect(body).not.toMatch(/TRIGGER:-PT\r?$/m)
    expect(event.summary).toBe('Relancer Decathlon pour un retour')
    // 09:30 in Paris (the account's zone) on the follow-up day, and an alarm 15 minutes before.
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-12T08:30:00.000Z')
    expect(alarm).toEqual({ action: 'DISPLAY', triggerSeconds: -15 * 60 })
    expect(event.description).toMatch(/Cheffe de projet/)
    expect(event.description).toMatch(/2 mars 2026 à 15:00/)
    expect(fileName).toBe('attachment; filename="follow-up-decathlon.ics"')
  })

  it('a request marked in the night reminds at a working hour of the follow-up day, in the person’s zone', async () => {
    const id = await interviewAt('manager')
    // Marked as asked at 03:55 UTC: the follow-up a week later is not at 03:55 but at 09:30 local.
    ctx.clock.advance((18 * 60 + 55) * 60_000)
    const asked = await as(ctx.user).put(`/api/interviews/${id}/feedback`, { status: 'asked' })
    expect(asked.json().followUpAt).toBe('2026-03-11T03:55:00.000Z')
    expect((await reminderOf(id)).event.startDate.toJSDate().toISOString()).toBe('2026-03-11T08:30:00.000Z')

    // In Toronto that moment is still the evening of the 10th: the reminder is at 09:30 there, on the 10th.
    expect((await as(ctx.user).patch('/api/me', { timeZone: 'America/Toronto' })).statusCode).toBe(200)
    const { event, alarm } = await reminderOf(id)
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-10T13:30:00.000Z')
    expect(alarm.triggerSeconds).toBe(-15 * 60)
  })

  it('refuses bad input field by field', async () => {
    const id = await interviewAt('hr')
    const bad = await as(ctx.user).put(`/api/interviews/${id}/feedback`, {
      status: 'lost',
      recipient: 'not-an-email',
      followUpAt: '2026-02-30T10:00:00Z',
      body: 'x'.repeat(10_001),
    })
    expect(bad.statusCode).toBe(400)
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['body', 'followUpAt', 'recipient', 'status'])
  })

  it("follow-ups due, in the list and on Home, are only the user's own", async () => {
    const id = await interviewAt('manager')
    await as(ctx.user).put(`/api/interviews/${id}/feedback`, { status: 'asked' })
    const other = await signUp(ctx.app)
    const theirs = (
      await captureInterview(ctx.app, other, {
        company: 'Boulanger',
        role: 'Acheteur',
        stage: 'final',
        date: '2026-03-01T10:00:00Z',
      })
    ).interview.id
    await as(other).put(`/api/interviews/${theirs}/feedback`, { status: 'asked' })
    // Both use the app in between: a session ends after 7 idle days.
    ctx.clock.advance(4 * 86_400_000)
    expect((await as(ctx.user).get('/api/feedback/follow-ups')).json().followUps).toEqual([])
    expect((await as(other).get('/api/feedback/follow-ups')).json().followUps).toEqual([])
    ctx.clock.advance(3 * 86_400_000)

    const mine = (await as(ctx.user).get('/api/feedback/follow-ups')).json().followUps
    expect(mine.map((f: { interviewId: string }) => f.interviewId)).toEqual([id])
    const home = (await as(ctx.user).get('/api/home')).json()
    expect(home.followUps.map((f: { interviewId: string }) => f.interviewId)).toEqual([id])

    const otherList = (await as(other).get('/api/feedback/follow-ups')).json().followUps
    expect(otherList).toEqual([
      { interviewId: theirs, company: 'Boulanger', role: 'Acheteur', followUpAt: expect.any(String) },
    ])
    const otherHome = (await as(other).get('/api/home')).json()
    expect(otherHome.followUps.map((f: { company: string }) => f.company)).toEqual(['Boulanger'])
    expect(JSON.stringify(otherHome)).not.toContain('Decathlon')
  })

  it("another user's feedback request is a 404", async () => {
    const id = await interviewAt('hr')
    await as(ctx.user).put(`/api/interviews/${id}/feedback`, { status: 'asked' })
    const other = as(await signUp(ctx.app))
    expect((await other.get(`/api/interviews/${id}/feedback`)).statusCode).toBe(404)
    expect((await other.put(`/api/interviews/${id}/feedback`, { status: 'declined' })).statusCode).toBe(404)
    expect((await other.get(`/api/interviews/${id}/feedback/follow-up.ics`)).statusCode).toBe(404)
    expect((await as(ctx.user).get(`/api/interviews/${id}/feedback`)).json().request.status).toBe('asked')
  })
})
