import { describe, expect, it } from 'vitest'
import { appPerTest, asUser, captureInterview, type SignedUpUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

const HOUR = 3_600_000

describe.each(testDatabases)('the rebound after a rejection on $kind', (database) => {
  const ctx = appPerTest(database, {
    start: new Date('2026-06-30T09:00:00.000Z'),
    signUpAs: { language: 'fr' },
  })
  const as = (who: SignedUpUser) => asUser(ctx.app, who)

  async function rejectedInterview(stage: string) {
    const created = await captureInterview(ctx.app, ctx.user, {
      company: 'Nova Santé',
      role: 'Chargée de mission',
      stage,
      date: new Date(ctx.clock.now().getTime() - 48 * HOUR).toISOString(),
    })
    const id = created.interview.id
    expect((await as(ctx.user).patch(`/api/interviews/${id}`, { outcome: 'rejected' })).statusCode).toBe(200)
    return { id, applicationId: created.application.id }
  }

  it('offers a rebound for a rejection, starts the 48-hour plan, and Home follows it up', async () => {
    const { id } = await rejectedInterview('final')
    const offered = (await as(ctx.user).get('/api/rebounds')).json()
    expect(offered.offers).toEqual([expect.objectContaining({ interviewId: id, company: 'Nova Santé' })])
    expect((await as(ctx.user).get('/api/home')).json().reboundOffer).toMatchObject({ interviewId: id })

    const started = await as(ctx.user).post('/api/rebounds', { interviewId: id })
    expect(started.statusCode).toBe(201)
    const rebound = started.json()
    // After a late round, asking for feedback is one of the four steps.
    expect(rebound.steps.map((s: { key: string }) => s.key)).toEqual([
      'rest',
      'rehearse_two',
      'ask_feedback',
      'one_application',
    ])
    // Stored by key, with no words: the titles follow the language switch (from the locale files).
    expect(rebound.steps.map((s: { text: string }) => s.text)).toEqual(['', '', '', ''])
    // Starting again returns the same open rebound.
    const again = await as(ctx.user).post('/api/rebounds', { interviewId: id })
    expect(again.statusCode).toBe(200)
    expect(again.json().id).toBe(rebound.id)
    expect((await as(ctx.user).get('/api/rebounds')).json().offers).toEqual([])

    const steps = rebound.steps.map((s: object, i: number) => ({ ...s, done: i === 0 }))
    const updated = await as(ctx.user).patch(`/api/rebounds/${rebound.id}`, {
      mood: 2,
      learned: 'Préparer la question sur le salaire.',
      steps,
    })
    expect(updated.statusCode).toBe(200)
    expect(updated.json()).toMatchObject({ mood: 2, learned: 'Préparer la question sur le salaire.' })

    const home = (await as(ctx.user).get('/api/home')).json()
    expect(home.reboundOffer).toBeNull()
    expect(home.rebound).toMatchObject({ id: rebound.id, kind: 'in_progress', done: 1, total: 4 })
    expect(home.rebound.hoursLeft).toBe(48)

    ctx.clock.advance(49 * HOUR)
    expect((await as(ctx.user).get('/api/home')).json().rebound).toMatchObject({ kind: 'check_in', done: 1 })

    await as(ctx.user).patch(`/api/rebounds/${rebound.id}`, { closed: true })
    expect((await as(ctx.user).get('/api/home')).json().rebound).toBeNull()
  })

  it('records a rejection and opens its plan in one tap, once however many taps arrive together', async () => {
    const created = await captureInterview(ctx.app, ctx.user, {
      company: 'Orée',
      role: 'Comptable',
      stage: 'technical',
      date: new Date(ctx.clock.now().getTime() - 26 * HOUR).toISOString(),
    })
    const id = created.interview.id
    const taps = await Promise.all(
      [1, 2, 3].map(() => as(ctx.user).post('/api/rebounds', { interviewId: id, markRejected: true })),
    )
    expect(taps.map((r) => r.statusCode).sort()).toEqual([200, 200, 201])
    expect(new Set(taps.map((r) => r.json().id)).size).toBe(1)
    expect((await as(ctx.user).get(`/api/interviews/${id}`)).json().interview.outcome).toBe('rejected')
    const list = (await as(ctx.user).get('/api/rebounds')).json()
    expect(list.rebounds).toHaveLength(1)
    expect(list.offers).toEqual([])
    // Another person cannot reject someone else's interview.
    const other = await signUp(ctx.app)
    expect((await as(other).post('/api/rebounds', { interviewId: id, markRejected: true })).statusCode).toBe(
      404,
    )
    // Recording a rejection needs the interview it is about.
    const bad = await as(ctx.user).post('/api/rebounds', {
      applicationId: created.application.id,
      markRejected: true,
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.fields).toHaveProperty('interviewId')
  })

  it("puts the plan's mood in the mood log, which Progress and the report read", async () => {
    const { id } = await rejectedInterview('final')
    const rebound = (await as(ctx.user).post('/api/rebounds', { interviewId: id })).json()
    await as(ctx.user).patch(`/api/rebounds/${rebound.id}`, { mood: 1 })
    ctx.clock.advance(HOUR)
    // Changing the answer soon after changes that check-in, it does not add one.
    await as(ctx.user).patch(`/api/rebounds/${rebound.id}`, { mood: 2 })
    let moods = (await as(ctx.user).get('/api/moods')).json().moods
    expect(moods).toEqual([expect.objectContaining({ mood: 2 })])
    expect((await as(ctx.user).get('/api/progress')).json().moods).toEqual([
      expect.objectContaining({ mood: 2 }),
    ])
    const report = await as(ctx.user).get('/api/progress/report.md?lang=fr')
    expect(report.body).toContain('Pesant (2/5)')

    // Days later, the check-in answered in the plan is a new entry.
    ctx.clock.advance(60 * HOUR)
    await as(ctx.user).patch(`/api/rebounds/${rebound.id}`, { mood: 4 })
    moods = (await as(ctx.user).get('/api/moods')).json().moods
    expect(moods.map((m: { mood: number }) => m.mood)).toEqual([2, 4])
    // Clearing it right away takes that entry back out.
    await as(ctx.user).patch(`/api/rebounds/${rebound.id}`, { mood: null })
    moods = (await as(ctx.user).get('/api/moods')).json().moods
    expect(moods.map((m: { mood: number }) => m.mood)).toEqual([2])
    // Another person's plan never writes in this log.
    const other = await signUp(ctx.app)
    expect((await as(other).patch(`/api/rebounds/${rebound.id}`, { mood: 5 })).statusCode).toBe(404)
    expect((await as(other).get('/api/moods')).json().moods).toEqual([])
  })

  it('keeps a suggested step with no words, and one of your own only with words', async () => {
    const { id } = await rejectedInterview('hr')
    const rebound = (await as(ctx.user).post('/api/rebounds', { interviewId: id })).json()
    const steps = [
      { ...rebound.steps[0], text: '' },
      { ...rebound.steps[1], text: 'Répéter la question sur mes échecs' },
      { id: 'own', key: null, text: 'Appeler Léa', done: false },
    ]
    const saved = await as(ctx.user).patch(`/api/rebounds/${rebound.id}`, { steps })
    expect(saved.statusCode).toBe(200)
    expect(saved.json().steps.map((s: { text: string }) => s.text)).toEqual([
      '',
      'Répéter la question sur mes échecs',
      'Appeler Léa',
    ])
  })

  it('after an early round, suggests talking it over rather than asking for feedback', async () => {
    const { id } = await rejectedInterview('screening')
    const rebound = (await as(ctx.user).post('/api/rebounds', { interviewId: id })).json()
    expect(rebound.steps.map((s: { key: string }) => s.key)).toContain('talk')
    expect(rebound.steps.map((s: { key: string }) => s.key)).not.toContain('ask_feedback')
  })

  it('refuses bad input field by field', async () => {
    const { id } = await rejectedInterview('hr')
    const none = await as(ctx.user).post('/api/rebounds', {})
    expect(none.statusCode).toBe(400)
    expect(none.json().error.fields).toHaveProperty('interviewId')
    const rebound = (await as(ctx.user).post('/api/rebounds', { interviewId: id })).json()
    const bad = await as(ctx.user).patch(`/api/rebounds/${rebound.id}`, {
      mood: 7,
      learned: 'x'.repeat(2001),
      steps: [{ id: 's', key: null, text: '', done: false }],
    })
    expect(bad.statusCode).toBe(400)
    expect(Object.keys(bad.json().error.fields)).toEqual(
      expect.arrayContaining(['mood', 'learned', 'steps.0.text']),
    )
    expect((await as(ctx.user).patch(`/api/rebounds/${rebound.id}`, {})).statusCode).toBe(400)
  })

  it('keeps a rebound to its owner: another user gets 404 everywhere', async () => {
    const { id, applicationId } = await rejectedInterview('hr')
    const rebound = (await as(ctx.user).post('/api/rebounds', { interviewId: id })).json()
    const other = await signUp(ctx.app)
    expect((await as(other).get(`/api/rebounds/${rebound.id}`)).statusCode).toBe(404)
    expect((await as(other).patch(`/api/rebounds/${rebound.id}`, { mood: 5 })).statusCode).toBe(404)
    expect((await as(other).delete(`/api/rebounds/${rebound.id}`)).statusCode).toBe(404)
    expect((await as(other).post('/api/rebounds', { interviewId: id })).statusCode).toBe(404)
    expect((await as(other).post('/api/rebounds', { applicationId })).statusCode).toBe(404)
    expect((await as(other).get('/api/rebounds')).json()).toEqual({ rebounds: [], offers: [] })
    expect((await as(ctx.user).get(`/api/rebounds/${rebound.id}`)).json().mood).toBeNull()
  })

  it('goes with its application when that is deleted', async () => {
    const { id, applicationId } = await rejectedInterview('hr')
    const rebound = (await as(ctx.user).post('/api/rebounds', { interviewId: id })).json()
    expect((await as(ctx.user).delete(`/api/applications/${applicationId}`)).statusCode).toBe(204)
    expect((await as(ctx.user).get(`/api/rebounds/${rebound.id}`)).statusCode).toBe(404)
  })
})
