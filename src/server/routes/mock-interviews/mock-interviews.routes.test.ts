import { describe, expect, it } from 'vitest'
import { appPerTest, asUser, captureInterview, type SignedUpUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

type Turn = { questionIndex: number; followUp: number; prompt: string; followUpKind: string | null }
type View = {
  id: string
  phase: string
  turn: Turn | null
  questions: { key: string; text: string }[]
  answers: {
    questionIndex: number
    followUp: number
    verdict: string
    gate: string
    interrupted: string | null
  }[]
  report: {
    summary: { answered: number; judged: number; tensionBefore: number | null; tensionAfter: number | null }
    weakest: number[]
  }
  completedAt: string | null
  postingTerms: { key: string }[]
  postingLanguage: string | null
}

const STRONG =
  'Dans mon dernier poste, notre service client perdait des clients. J’ai analysé les réclamations, j’ai proposé un nouveau process de rappel et je l’ai mis en place avec deux collègues. Le taux de désabonnement a baissé de 15 % en six mois.'
const SHORT = 'Je suis motivée.'

describe.each(testDatabases)('mock interviews on $kind', (database) => {
  const ctx = appPerTest(database, {
    start: new Date('2026-12-02T09:00:00.000Z'),
    signUpAs: { language: 'fr' },
  })
  const as = (who: SignedUpUser) => asUser(ctx.app, who)
  /** Quick capture as the signed-in person: the interview and its application. */
  const capture = (company: string, role: string, stage: string, date: string) =>
    captureInterview(ctx.app, ctx.user, { company, role, stage, date })

  async function start(body: object = {}): Promise<View> {
    const response = await as(ctx.user).post('/api/mock-interviews', { lang: 'fr', seed: 11, ...body })
    expect(response.statusCode, response.body).toBe(201)
    return response.json()
  }
  async function checkIn(id: string, moment: 'before' | 'after', tension: number): Promise<View> {
    const response = await as(ctx.user).post(`/api/mock-interviews/${id}/check-in`, {
      moment,
      tension,
      note: 'Un peu de trac',
    })
    expect(response.statusCode, response.body).toBe(200)
    return response.json()
  }
  async function answer(session: View, text: string, extra: object = {}) {
    const turn = session.turn
    if (!turn) throw new Error(`no turn in phase ${session.phase}`)
    return as(ctx.user).post(`/api/mock-interviews/${session.id}/answers`, {
      questionIndex: turn.questionIndex,
      followUp: turn.followUp,
      text,
      ...extra,
    })
  }

  it('runs a whole session: set-up, check-in, answers with follow-ups, check-in after, report and list', async () => {
    let session = await start({ questionCount: 5, persona: 'exigeant', level: 1, stage: 'hr' })
    expect(session.phase).toBe('checkin-before')
    expect(session.questions).toHaveLength(5)
    session = await checkIn(session.id, 'before', 4)
    expect(session.phase).toBe('answering')
    expect(session.turn).toMatchObject({ questionIndex: 0, followUp: 0, prompt: session.questions[0]?.text })

    // A far too short answer: the demanding interviewer always asks for an example.
    let response = await answer(session, SHORT)
    expect(response.statusCode).toBe(201)
    session = response.json()
    expect(session.turn).toMatchObject({
      questionIndex: 0,
      followUp: 1,
      followUpKind: 'example',
      prompt: 'Un exemple précis, s’il vous plaît.',
    })
    while (session.phase === 'answering') {
      response = await answer(session, STRONG)
      expect(response.statusCode).toBe(201)
      session = response.json()
    }
    expect(session.phase).toBe('checkin-after')
    session = await checkIn(session.id, 'after', 2)
    expect(session.phase).toBe('report')
    expect(session.completedAt).toBe('2026-12-02T09:00:00.000Z')
    expect(session.answers[0]).toMatchObject({ gate: 'too-short', verdict: 'not-enough' })
    expect(session.report.summary).toMatchObject({
      answered: 5,
      judged: 4,
      tensionBefore: 4,
      tensionAfter: 2,
    })
    expect(session.report.weakest[0]).toBe(0)

    const list = (await as(ctx.user).get('/api/mock-interviews')).json()
    expect(list.sessions).toEqual([
      expect.objectContaining({
        id: session.id,
        answered: 5,
        level: 1,
        summary: expect.objectContaining({ judged: 4 }),
      }),
    ])
  })

  it('saves each answer as it is given: a reload resumes at the same turn, a retry changes nothing, a stale turn is refused', async () => {
    let session = await checkIn((await start({ level: 3 })).id, 'before', 3)
    expect(session.phase).toBe('thinking')
    session = (await answer(session, STRONG)).json()
    const turn = session.turn
    const reloaded: View = (await as(ctx.user).get(`/api/mock-interviews/${session.id}`)).json()
    expect(reloaded.turn).toMatchObject(turn ?? {})
    expect(reloaded.answers).toHaveLength(1)

    const retry = await as(ctx.user).post(`/api/mock-interviews/${session.id}/answers`, {
      questionIndex: 0,
      followUp: 0,
      text: 'autre chose',
    })
    expect(retry.statusCode).toBe(200)
    expect(retry.json().answers).toHaveLength(1)
    const stale = await as(ctx.user).post(`/api/mock-interviews/${session.id}/answers`, {
      questionIndex: 4,
      followUp: 0,
      text: STRONG,
    })
    expect(stale.statusCode).toBe(409)
  })

  it('at level 4, an answer cut for running over leads to "in one sentence?"', async () => {
    let session = await checkIn((await start({ level: 4, persona: 'neutre' })).id, 'before', 3)
    session = (await answer(session, STRONG, { interrupted: 'over-time', spokenSeconds: 200 })).json()
    expect(session.answers[0]?.interrupted).toBe('over-time')
    expect(session.turn).toMatchObject({
      followUp: 1,
      followUpKind: 'one-sentence',
      prompt: 'Je vous interromps, nous avançons. En une phrase, que faut-il retenir ?',
    })
  })

  it('ends early on request, then takes the check-in after', async () => {
    const session = await checkIn((await start()).id, 'before', 3)
    const ended = (await as(ctx.user).post(`/api/mock-interviews/${session.id}/end`, {})).json()
    expect(ended).toMatchObject({ phase: 'checkin-after', endedEarly: true, turn: null })
    expect((await checkIn(session.id, 'after', 2)).phase).toBe('report')
    expect(
      (
        await as(ctx.user).post(`/api/mock-interviews/${session.id}/check-in`, {
          moment: 'after',
          tension: 1,
        })
      ).statusCode,
    ).toBe(409)
  })

  it('keeps the posting’s terms, not the posting, and never draws the same set twice in a row', async () => {
    const first = await start({
      posting:
        'Chef de projet data : gouvernance des données, migration cloud, data analysts, reporting data.',
    })
    expect(first.postingLanguage).toBe('fr')
    expect(first.postingTerms.map((t) => t.key)).toContain('data')
    const second = await start()
    expect(second.postingLanguage).toBeNull()
    expect(second.questions.map((q) => q.key).sort()).not.toEqual(first.questions.map((q) => q.key).sort())
  })

  it('sends the weakest answers to the rehearsal deck in one tap, once', async () => {
    let session = await checkIn(
      (await start({ questionCount: 5, persona: 'bienveillant', level: 1 })).id,
      'before',
      3,
    )
    while (session.phase === 'answering') session = (await answer(session, SHORT)).json()
    const first = await as(ctx.user).post(`/api/mock-interviews/${session.id}/rehearse`, {})
    expect(first.statusCode).toBe(200)
    expect(first.json()).toEqual({ added: 3, alreadyInDeck: 0 })
    expect((await as(ctx.user).post(`/api/mock-interviews/${session.id}/rehearse`, {})).json()).toEqual({
      added: 0,
      alreadyInDeck: 3,
    })
    const deck = (await as(ctx.user).get('/api/rehearsal/cards')).json().cards
    expect(deck).toHaveLength(3)
  })

  it('exports the report as Markdown', async () => {
    let session = await checkIn((await start({ level: 1 })).id, 'before', 3)
    session = (await answer(session, STRONG)).json()
    const response = await as(ctx.user).get(`/api/mock-interviews/${session.id}/report.md`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('text/markdown')
    expect(response.body).toContain('# Entretien blanc')
    expect(response.body).toContain('Le taux de désabonnement a baissé')
  })

  it('refuses bad input field by field', async () => {
    const bad = await as(ctx.user).post('/api/mock-interviews', {
      lang: 'de',
      questionCount: 11,
      persona: 'rude',
      level: 5,
      posting: 'x'.repeat(100_000),
    })
    expect(bad.statusCode).toBe(400)
    expect(Object.keys(bad.json().error.fields)).toEqual(
      expect.arrayContaining(['lang', 'questionCount', 'persona', 'level', 'posting']),
    )
    expect(bad.json().error.fields.posting).toBe('20000 caractères au maximum.')

    const other = await signUp(ctx.app)
    const theirs = await captureInterview(ctx.app, other, {
      company: 'Nova',
      role: 'Analyste',
      stage: 'hr',
      date: '2026-11-30T10:00:00.000Z',
    })
    const notMine = await as(ctx.user).post('/api/mock-interviews', {
      lang: 'fr',
      applicationId: theirs.application.id,
    })
    expect(notMine.statusCode).toBe(400)
    expect(notMine.json().error.fields).toHaveProperty('applicationId')

    const session = await start()
    const tension = await as(ctx.user).post(`/api/mock-interviews/${session.id}/check-in`, {
      moment: 'before',
      tension: 6,
    })
    expect(tension.json().error.fields).toHaveProperty('tension')
    await checkIn(session.id, 'before', 3)
    const long = await as(ctx.user).post(`/api/mock-interviews/${session.id}/answers`, {
      questionIndex: 0,
      followUp: 0,
      text: 'x'.repeat(20_001),
    })
    expect(long.statusCode).toBe(400)
    expect(long.json().error.fields).toHaveProperty('text')
  })

  it('uses an application of the person’s own for the role', async () => {
    const mine = await capture('Nova', 'Chargée de mission', 'hr', '2026-11-30T10:00:00.000Z')
    const session = (
      await as(ctx.user).post('/api/mock-interviews', { lang: 'fr', applicationId: mine.application.id })
    ).json()
    expect(session).toMatchObject({ applicationId: mine.application.id, role: 'Chargée de mission' })
  })

  it('lists the person’s applications to practise for, the stage suggested by the next interview, else the latest', async () => {
    const past = await capture('Nova', 'Chargée de mission', 'hr', '2026-11-30T10:00:00.000Z')
    await capture('Nova', 'Chargée de mission', 'screening', '2026-11-20T10:00:00.000Z')
    const planned = await capture('Alto', 'Responsable qualité', 'hr', '2026-11-25T10:00:00.000Z')
    await capture('Alto', 'Responsable qualité', 'final', '2026-12-09T14:00:00.000Z')
    const other = await signUp(ctx.app)
    await captureInterview(ctx.app, other, {
      company: 'Ailleurs',
      role: 'Autre',
      stage: 'hr',
      date: '2026-11-28T10:00:00.000Z',
    })

    const response = await as(ctx.user).get('/api/mock-interviews/applications')
    expect(response.statusCode).toBe(200)
    expect(response.json().applications).toEqual([
      {
        id: planned.application.id,
        company: 'Alto',
        role: 'Responsable qualité',
        stage: 'final',
        interviewAt: '2026-12-09T14:00:00.000Z',
      },
      {
        id: past.application.id,
        company: 'Nova',
        role: 'Chargée de mission',
        stage: 'hr',
        interviewAt: '2026-11-30T10:00:00.000Z',
      },
    ])
    expect((await as(other).get('/api/mock-interviews/applications')).json().applications).toHaveLength(1)
  })

  it('keeps a session to its owner: another person gets 404 everywhere', async () => {
    const session = await checkIn((await start()).id, 'before', 3)
    const other = await signUp(ctx.app)
    const url = `/api/mock-interviews/${session.id}`
    expect((await as(other).get(url)).statusCode).toBe(404)
    expect((await as(other).post(`${url}/check-in`, { moment: 'after', tension: 2 })).statusCode).toBe(404)
    expect(
      (await as(other).post(`${url}/answers`, { questionIndex: 0, followUp: 0, text: STRONG })).statusCode,
    ).toBe(404)
    expect((await as(other).post(`${url}/end`, {})).statusCode).toBe(404)
    expect((await as(other).post(`${url}/rehearse`, {})).statusCode).toBe(404)
    expect((await as(other).get(`${url}/report.md`)).statusCode).toBe(404)
    expect((await as(other).delete(url)).statusCode).toBe(404)
    expect((await as(other).get('/api/mock-interviews')).json()).toEqual({ sessions: [] })
    // Still whole for its owner.
    expect((await as(ctx.user).get(url)).json().answers).toEqual([])
    expect((await as(ctx.user).delete(url)).statusCode).toBe(204)
    expect((await as(ctx.user).get(url)).statusCode).toBe(404)
  })
  it('keeps a spoken answer’s time, pauses and recording; only its owner can store or play it', async () => {
    const session = await checkIn((await start({ level: 2 })).id, 'before', 3)
    const turn = session.turn
    if (!turn) throw new Error('no turn')
    const saved = await answer(session, STRONG, { spokenSeconds: 41.5, longPauses: 2 })
    expect(saved.statusCode).toBe(201)
    const audioUrl = `/api/mock-interviews/${session.id}/answers/${turn.questionIndex}/${turn.followUp}/audio`
    const upload = (who: SignedUpUser, body: Buffer, type = 'audio/webm;codecs=opus', url = audioUrl) =>
      ctx.app.inject({
        method: 'PUT',
        url,
        headers: { cookie: who.cookie, 'content-type': type },
        payload: body,
      })
    const audio = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256))
    const other = await signUp(ctx.app)
    expect((await upload(other, audio)).statusCode).toBe(404)
    // A turn not answered yet has nowhere to keep a recording.
    const later = `/api/mock-interviews/${session.id}/answers/${turn.questionIndex + 1}/0/audio`
    expect((await upload(ctx.user, audio, 'audio/webm', later)).statusCode).toBe(404)
    expect((await upload(ctx.user, audio, 'text/plain')).statusCode).toBe(415)
    expect((await upload(ctx.user, audio)).statusCode).toBe(204)

    const played = await ctx.app.inject({ url: audioUrl, headers: { cookie: ctx.user.cookie } })
    expect(played.statusCode).toBe(200)
    expect(played.headers['content-type']).toBe('audio/webm')
    expect(played.rawPayload.equals(audio)).toBe(true)
    expect((await as(other).get(audioUrl)).statusCode).toBe(404)

    const view = (await as(ctx.user).get(`/api/mock-interviews/${session.id}`)).json()
    expect(view.answers[0]).toMatchObject({ spokenSeconds: 41.5, longPauses: 2, hasAudio: true })
    // Deleting the session takes its recordings with it.
    expect((await as(ctx.user).delete(`/api/mock-interviews/${session.id}`)).statusCode).toBe(204)
    expect((await as(ctx.user).get(audioUrl)).statusCode).toBe(404)
  })
  it('keeps a spoken answer’s delivery figures, and the report takes them together; bad figures are refused by field', async () => {
    const measured = (over: object) => ({
      source: 'vad',
      durationMs: 61_000,
      speakingMs: 60_000,
      pauses: [
        { startMs: 5000, durationMs: 2500 },
        { startMs: 20_000, durationMs: 800 },
      ],
      syllables: 200,
      syllablesPerSecond: 3.3,
      wpmLow: 120,
      wpmHigh: 150,
      pitchMedianHz: 180,
      pitchRangeSemitones: 6,
      pitchVariationSemitones: 1.5,
      pitchVerdict: 'flat',
      phrases: 5,
      fadingPhrases: 2,
      probableFillers: [{ startMs: 9000, durationMs: 400, review: 'confirmed' }],
      ...over,
    })
    let session = await checkIn((await start({ level: 2 })).id, 'before', 3)
    const bad = await answer(session, STRONG, { delivery: measured({ speakingMs: 90_000 }) })
    expect(bad.statusCode).toBe(400)
    expect(Object.keys(bad.json().error.fields)).toContain('delivery.speakingMs')

    const first = measured({})
    const saved = await answer(session, STRONG, { spokenSeconds: 61, delivery: first })
    expect(saved.statusCode, saved.body).toBe(201)
    session = saved.json()
    expect(session.answers[0]).toMatchObject({ delivery: first })
    const second = measured({
      speakingMs: 30_000,
      durationMs: 31_000,
      pauses: [{ startMs: 3000, durationMs: 2100 }],
      wpmLow: 180,
      wpmHigh: 210,
      pitchVariationSemitones: 4.5,
      pitchVerdict: 'varied',
      probableFillers: [{ startMs: 9000, durationMs: 400, review: 'dismissed' }],
    })
    const next = await answer(session, STRONG, { spokenSeconds: 31, delivery: second })
    expect(next.statusCode, next.body).toBe(201)
    // A written answer has none, and changes nothing to the figures taken together.
    const written = await answer(next.json(), SHORT)
    expect(written.statusCode, written.body).toBe(201)

    const view = (await as(ctx.user).get(`/api/mock-interviews/${session.id}`)).json()
    expect(view.answers.map((a: { delivery: unknown }) => a.delivery)).toEqual([first, second, null])
    expect(view.report.delivery).toEqual({
      recordings: 2,
      speakingMs: 90_000,
      wpmLow: 140,
      wpmHigh: 170,
      paceVerdict: 'comfortable',
      longPauses: 2,
      longPausesPerMinute: 1.3,
      pitchVariationSemitones: 2.5,
      pitchVerdict: 'varied',
      fillersConfirmed: 1,
      fillersOpen: 0,
    })
    // Nobody else sees them.
    expect((await as(await signUp(ctx.app)).get(`/api/mock-interviews/${session.id}`)).statusCode).toBe(404)
  })

  it('gives Progress the completed sessions of a period: level, tension before and after, assertiveness, speaking figures', async () => {
    async function complete(level: number, spoken: boolean, before: number, after: number) {
      let session = await checkIn((await start({ level, questionCount: 5 })).id, 'before', before)
      while (session.turn) {
        const extra = spoken ? { spokenSeconds: 30, longPauses: 2 } : {}
        session = (await answer(session, STRONG, extra)).json()
      }
      return checkIn(session.id, 'after', after)
    }
    const written = await complete(1, false, 4, 3)
    ctx.clock.advance(3 * 24 * 3600_000)
    const spoken = await complete(3, true, 3, 2)
    // Started, never finished: not a point on the chart.
    await checkIn((await start({ level: 4 })).id, 'before', 5)

    const all = await as(ctx.user).get('/api/mock-interviews/progress')
    expect(all.statusCode, all.body).toBe(200)
    expect(all.json()).toMatchObject({
      highestLevel: 3,
      sessions: [
        {
          id: written.id,
          level: 1,
          tensionBefore: 4,
          tensionAfter: 3,
          averageSpokenSeconds: null,
          averageLongPauses: null,
        },
        {
          id: spoken.id,
          level: 3,
          tensionBefore: 3,
          tensionAfter: 2,
          averageSpokenSeconds: 30,
          averageLongPauses: 2,
        },
      ],
    })
    expect(all.json().sessions[1].averageAssertiveness).toBeGreaterThan(0)

    const lastDays = await as(ctx.user).get('/api/mock-interviews/progress?from=2026-12-04')
    expect(lastDays.json().sessions.map((s: { id: string }) => s.id)).toEqual([spoken.id])
    const bad = await as(ctx.user).get('/api/mock-interviews/progress?from=2026-12-09&to=2026-12-01')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.fields).toHaveProperty('to')
    const other = await signUp(ctx.app)
    expect((await as(other).get('/api/mock-interviews/progress')).json()).toEqual({
      sessions: [],
      highestLevel: null,
    })
  })
})
