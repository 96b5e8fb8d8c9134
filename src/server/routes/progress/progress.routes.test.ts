import { describe, expect, it } from 'vitest'
import { type Cause, type DebriefContent, emptyDebrief } from '../../../domain/debrief'
import { spokenDelivery } from '../../test-support/account-history'
import { appPerTest, asUser, type SignedUpUser, sessionCookie, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

const DAY = 86_400_000

describe.each(testDatabases)('progress, insights and moods on $kind', (database) => {
  const ctx = appPerTest(database, {
    start: new Date('2026-06-30T09:00:00.000Z'),
    signUpAs: { displayName: 'Camille' },
  })
  const as = (who: SignedUpUser) => asUser(ctx.app, who)

  /** An interview `daysAgo` days before the clock, debriefed with these causes and ratings. */
  async function debriefed(
    who: SignedUpUser,
    daysAgo: number,
    causes: Cause[],
    confidence: number,
    stage = 'hr',
  ): Promise<string> {
    const created = await as(who).post('/api/interviews', {
      company: `Entreprise ${daysAgo}`,
      role: 'Analyste',
      stage,
      date: new Date(ctx.clock.now().getTime() - daysAgo * DAY).toISOString(),
    })
    expect(created.statusCode).toBe(201)
    const id = created.json().interview.id as string
    const debrief: DebriefContent = {
      ...emptyDebrief(),
      causes: causes.map((cause) => ({
        cause,
        otherLabel: '',
        evidence: '',
        severity: 'notable',
        questionIds: [],
      })),
      lessons: [
        {
          id: `l-${daysAgo}`,
          text: 'Chiffrer mes exemples',
          actions: [
            { id: `a-${daysAgo}`, text: 'Deux exemples STAR', status: 'done', checkBeforeNext: true },
          ],
        },
      ],
      ratings: { serenity: 3, confidence, oralEase: 3, preparation: 2 },
    }
    const saved = await as(who).put(`/api/interviews/${id}/debrief`, { version: 0, debrief })
    expect(saved.statusCode).toBe(200)
    return id
  }

  it('answers with empty series for a new user, never an error', async () => {
    const response = await as(ctx.user).get('/api/progress')
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body.totals).toEqual({ interviews: 0, debriefs: 0, attempts: 0 })
    expect(body.ratings.points).toEqual([])
    expect(body.rehearsal.weeks).toEqual([])
    expect(body.delivery).toEqual({ recordings: 0, fromMock: 0, weeks: [], overall: null })
    expect((await as(ctx.user).get('/api/insights')).json()).toEqual({ insights: [] })
  })

  it('charts ratings, causes, stages, rehearsal and lessons from what the user saved', async () => {
    await debriefed(ctx.user, 40, ['company_research'], 2)
    await debriefed(ctx.user, 20, ['company_research', 'salary'], 3, 'manager')
    await debriefed(ctx.user, 5, ['salary'], 4, 'final')
    // A future interview does not count yet.
    await as(ctx.user).post('/api/interviews', {
      company: 'Plus tard',
      role: 'Analyste',
      stage: 'hr',
      date: new Date(ctx.clock.now().getTime() + 3 * DAY).toISOString(),
    })
    const { card } = (
      await as(ctx.user).post('/api/rehearsal/cards', { question: 'Parlez-moi de vous.', lang: 'fr' })
    ).json()
    for (const text of [
      "Euh, je pense que j'ai un peu aidé.",
      "J'ai réduit les délais de 20 % en trois mois.",
    ]) {
      const attempt = await as(ctx.user).post(`/api/rehearsal/cards/${card.id}/attempts`, {
        text,
        grade: 'good',
      })
      expect(attempt.statusCode).toBe(201)
    }

    const body = (await as(ctx.user).get('/api/progress')).json()
    expect(body.totals).toEqual({ interviews: 3, debriefs: 3, attempts: 2 })
    expect(body.ratings.points.map((p: { values: { confidence: number } }) => p.values.confidence)).toEqual([
      2, 3, 4,
    ])
    expect(body.ratings.trends.confidence).toMatchObject({ points: 3 })
    expect(body.ratings.trends.confidence.slope).toBeGreaterThan(0)
    const counts = Object.fromEntries(
      body.causes.rows.map((r: { cause: string; count: number }) => [r.cause, r.count]),
    )
    expect(counts).toEqual({ company_research: 2, salary: 2 })
    expect(body.stages.funnel.find((s: { stage: string }) => s.stage === 'final')).toMatchObject({
      reached: 1,
    })
    expect(body.rehearsal.attempts).toBe(2)
    expect(body.rehearsal.weeks.at(-1).attempts).toBe(2)
    expect(body.rehearsal.cardsTotal).toBe(1)
    expect(body.lessons).toMatchObject({ actionsTotal: 3, actionsDone: 3 })

    // A period keeps only what happened in it, both ends included.
    const day = (daysAgo: number) =>
      new Date(ctx.clock.now().getTime() - daysAgo * DAY).toISOString().slice(0, 10)
    const period = (await as(ctx.user).get(`/api/progress?from=${day(25)}&to=${day(20)}`)).json()
    expect(period.totals.interviews).toBe(1)
    expect(period.period).toEqual({ from: day(25), to: day(20) })
  })

  it('follows the delivery figures week by week, from spoken attempts and mock answers, for the period', async () => {
    const measured = (wpmLow: number, longPauses: number) => ({
      ...spokenDelivery,
      speakingMs: 60_000,
      durationMs: 61_000,
      pauses: Array.from({ length: longPauses }, (_, i) => ({ startMs: 1000 + i * 5000, durationMs: 2500 })),
      wpmLow,
      wpmHigh: wpmLow + 30,
    })
    const card = (
      await as(ctx.user).post('/api/rehearsal/cards', { question: 'Présentez-vous.', lang: 'fr' })
    ).json().card.id as string
    const attempt = (delivery: object) =>
      as(ctx.user).post(`/api/rehearsal/cards/${card}/attempts`, {
        text: 'J’ai mené trois projets en deux ans.',
        grade: 'good',
        spokenSeconds: 60,
        delivery,
      })
    expect((await attempt(measured(100, 3))).statusCode).toBe(201)
    // A written attempt has no delivery figures and is not counted.
    expect(
      (await as(ctx.user).post(`/api/rehearsal/cards/${card}/attempts`, { text: 'Écrit.', grade: 'hard' }))
        .statusCode,
    ).toBe(201)
    // The next Monday: a new week (and a session that has gone idle, so signed in again).
    ctx.clock.advance(6 * DAY)
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: ctx.user.email, password: ctx.user.password },
    })
    expect(login.statusCode, login.body).toBe(200)
    const me = { ...ctx.user, cookie: sessionCookie(login) }
    const session = (await as(me).post('/api/mock-interviews', { lang: 'fr', seed: 11, level: 2 })).json()
    const checkedIn = await as(me).post(`/api/mock-interviews/${session.id}/check-in`, {
      moment: 'before',
      tension: 3,
    })
    expect(checkedIn.statusCode, checkedIn.body).toBe(200)
    const view = checkedIn.json()
    const answered = await as(me).post(`/api/mock-interviews/${session.id}/answers`, {
      questionIndex: view.turn.questionIndex,
      followUp: view.turn.followUp,
      text: 'Dans mon dernier poste, j’ai réduit les délais de 20 % en six mois.',
      spokenSeconds: 60,
      delivery: measured(140, 1),
    })
    expect(answered.statusCode, answered.body).toBe(201)

    const trend = (await as(me).get('/api/progress')).json().delivery
    expect(trend.recordings).toBe(2)
    expect(trend.fromMock).toBe(1)
    expect(trend.weeks).toEqual([
      {
        week: '2026-06-29',
        recordings: 1,
        wpmLow: 100,
        wpmHigh: 130,
        longPausesPerMinute: 3,
        pitchVariationSemitones: 2.6,
      },
      {
        week: '2026-07-06',
        recordings: 1,
        wpmLow: 140,
        wpmHigh: 170,
        longPausesPerMinute: 1,
        pitchVariationSemitones: 2.6,
      },
    ])
    expect(trend.overall).toMatchObject({ recordings: 2, wpmLow: 120, wpmHigh: 150, longPauses: 4 })
    // The period chooses the recordings; another person sees none of them.
    const lastWeek = (await as(me).get('/api/progress?from=2026-07-06')).json().delivery
    expect(lastWeek.weeks.map((w: { week: string }) => w.week)).toEqual(['2026-07-06'])
    const other = await signUp(ctx.app)
    expect((await as(other).get('/api/progress')).json().delivery.recordings).toBe(0)
  })

  it('refuses a bad period with a message per field', async () => {
    const reversed = await as(ctx.user).get('/api/progress?from=2026-05-10&to=2026-05-01')
    expect(reversed.statusCode).toBe(400)
    expect(reversed.json().error.fields).toHaveProperty('to')
    const impossible = await as(ctx.user).get('/api/progress?from=2026-02-30')
    expect(impossible.statusCode).toBe(400)
    expect(impossible.json().error.fields).toHaveProperty('from')
  })

  it('states a recurring cause once the history supports it, and not before', async () => {
    await debriefed(ctx.user, 30, ['company_research'], 3)
    await debriefed(ctx.user, 20, ['company_research'], 3)
    expect((await as(ctx.user).get('/api/insights')).json().insights).toEqual([])
    await debriefed(ctx.user, 10, ['salary'], 3)
    const { insights } = (await as(ctx.user).get('/api/insights')).json()
    const recurring = insights.find((i: { id: string }) => i.id === 'cause_recurring:company_research')
    expect(recurring).toBeDefined()
    expect(recurring.message.fr).toContain('2')
    expect(recurring.message.en).toContain('2')
  })

  it('exports a Markdown report in the requested language', async () => {
    await debriefed(ctx.user, 10, ['salary'], 3)
    const fr = await as(ctx.user).get('/api/progress/report.md')
    expect(fr.statusCode).toBe(200)
    expect(fr.headers['content-type']).toContain('text/markdown')
    expect(fr.body).toContain('Entreprise 10')
    const en = await as(ctx.user).get('/api/progress/report.md?lang=en')
    expect(en.body).not.toEqual(fr.body)
    expect(en.body).toContain('Entreprise 10')
  })

  it('keeps mood check-ins, validates them, and keeps them to their owner', async () => {
    const bad = await as(ctx.user).post('/api/moods', { mood: 9, note: '' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.fields).toHaveProperty('mood')
    const added = await as(ctx.user).post('/api/moods', { mood: 2, note: 'Journée lourde' })
    expect(added.statusCode).toBe(201)
    const { moods } = (await as(ctx.user).get('/api/moods')).json()
    expect(moods).toEqual([expect.objectContaining({ mood: 2, note: 'Journée lourde' })])
    expect((await as(ctx.user).get('/api/progress')).json().moods).toHaveLength(1)

    const other = await signUp(ctx.app)
    expect((await as(other).get('/api/moods')).json().moods).toEqual([])
    expect((await as(other).delete(`/api/moods/${added.json().id}`)).statusCode).toBe(404)
    expect((await as(ctx.user).delete(`/api/moods/${added.json().id}`)).statusCode).toBe(204)
  })

  it("never shows another user's history", async () => {
    await debriefed(ctx.user, 10, ['salary'], 3)
    const other = await signUp(ctx.app)
    const body = (await as(other).get('/api/progress')).json()
    expect(body.totals.interviews).toBe(0)
    expect(body.causes.rows).toEqual([])
    expect((await ctx.app.inject({ url: '/api/progress' })).statusCode).toBe(401)
    expect((await ctx.app.inject({ url: '/api/insights' })).statusCode).toBe(401)
  })
})
