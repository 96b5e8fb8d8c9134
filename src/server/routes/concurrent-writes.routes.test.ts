import { describe, expect, it } from 'vitest'
import { emptyDebrief } from '../../domain/debrief'
import { appPerTest, asUser, type SignedUpUser } from '../test-support/app'
import { testDatabases } from '../test-support/databases'

// Identical requests sent at once, as two tabs or a double tap do. SQLite serialises writes and
// hides races; on PostgreSQL each request runs on its own connection, which is where they show.
const AT_ONCE = 8

describe.each(testDatabases)('identical writes at once on $kind', (database) => {
  const ctx = appPerTest(database, {
    start: new Date('2026-06-30T09:00:00.000Z'),
    signUpAs: { language: 'fr' },
  })
  const as = (who: SignedUpUser) => asUser(ctx.app, who)
  const times = <T>(n: number, make: (i: number) => Promise<T>) =>
    Promise.all(Array.from({ length: n }, (_, i) => make(i)))

  const capture = (company = 'Nova Santé') =>
    as(ctx.user).post('/api/interviews', {
      company,
      role: 'Chargée de mission',
      stage: 'hr',
      date: '2026-06-28T09:00:00.000Z',
    })

  it('captures for a new company make one application, each with its interview', async () => {
    const answers = await times(AT_ONCE, () => capture())
    expect(answers.map((a) => a.statusCode)).toEqual(Array(AT_ONCE).fill(201))
    expect(new Set(answers.map((a) => a.json().application.id)).size).toBe(1)
    const applications = (await as(ctx.user).get('/api/applications')).json().applications
    expect(applications).toHaveLength(1)
    expect((await as(ctx.user).get('/api/interviews')).json().interviews).toHaveLength(AT_ONCE)
  })

  it('pitch saves each get their own version, numbered without gaps, with one deck card', async () => {
    const answers = await times(AT_ONCE, (i) =>
      as(ctx.user).post('/api/pitch', {
        pitch: { from: `Version ${i}`, strengths: '', next: '', whyCompany: '' },
      }),
    )
    expect(answers.map((a) => a.statusCode)).toEqual(Array(AT_ONCE).fill(201))
    const state = (await as(ctx.user).get('/api/pitch')).json()
    expect(
      state.versions.map((v: { version: number }) => v.version).sort((a: number, b: number) => a - b),
    ).toEqual(Array.from({ length: AT_ONCE }, (_, i) => i + 1))
    const deck = (await as(ctx.user).get('/api/rehearsal/cards')).json().cards
    expect(deck.filter((c: { bankKey: string | null }) => c.bankKey === 'rebond:pitch')).toHaveLength(1)
  })

  it('starting the rebound of one rejection opens one, and every answer names it', async () => {
    const { interview } = (await capture()).json()
    await as(ctx.user).patch(`/api/interviews/${interview.id}`, { outcome: 'rejected' })
    const answers = await times(AT_ONCE, () =>
      as(ctx.user).post('/api/rebounds', { interviewId: interview.id }),
    )
    const statuses = answers.map((a) => a.statusCode).sort()
    expect(statuses).toEqual([201, ...Array(AT_ONCE - 1).fill(200)].sort())
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1)
    expect((await as(ctx.user).get('/api/rebounds')).json().rebounds).toHaveLength(1)
  })

  it('reopening a rebound while another is open for the same rejection is a 409, not a 500', async () => {
    const { interview } = (await capture()).json()
    const first = (await as(ctx.user).post('/api/rebounds', { interviewId: interview.id })).json()
    expect((await as(ctx.user).patch(`/api/rebounds/${first.id}`, { closed: true })).statusCode).toBe(200)
    const second = await as(ctx.user).post('/api/rebounds', { interviewId: interview.id })
    expect(second.statusCode).toBe(201)
    const reopen = await as(ctx.user).patch(`/api/rebounds/${first.id}`, { closed: false })
    expect(reopen.statusCode).toBe(409)
    expect(reopen.json().error.code).toBe('rebound_already_open')
  })

  it('first saves of one debrief: one is kept, the others get 409 with it', async () => {
    const { interview } = (await capture()).json()
    const answers = await times(AT_ONCE, (i) =>
      as(ctx.user).put(`/api/interviews/${interview.id}/debrief`, {
        version: 0,
        debrief: { ...emptyDebrief(), feelings: { emotions: [], wentWell: `Tab ${i}`, note: '' } },
      }),
    )
    const statuses = answers.map((a) => a.statusCode).sort()
    expect(statuses).toEqual([200, ...Array(AT_ONCE - 1).fill(409)])
    expect((await as(ctx.user).get(`/api/interviews/${interview.id}/debrief`)).json().version).toBe(1)
  })

  it('adding the same bank question from two tabs keeps one card', async () => {
    const bank = (await as(ctx.user).get('/api/rehearsal/bank')).json()
    const bankKey = bank.questions[0].key as string
    const answers = await times(AT_ONCE, () => as(ctx.user).post('/api/rehearsal/cards', { bankKey }))
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, ...Array(AT_ONCE - 1).fill(409)])
    const deck = (await as(ctx.user).get('/api/rehearsal/cards')).json().cards
    expect(deck.filter((c: { bankKey: string | null }) => c.bankKey === bankKey)).toHaveLength(1)
  })

  it('a rejection tapped several times at once records it once and opens one plan', async () => {
    const { interview } = (await capture()).json()
    const answers = await times(AT_ONCE, () =>
      as(ctx.user).post('/api/rebounds', { interviewId: interview.id, markRejected: true }),
    )
    expect(answers.every((a) => a.statusCode === 200 || a.statusCode === 201)).toBe(true)
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(1)
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1)
    expect((await as(ctx.user).get('/api/rebounds')).json().rebounds).toHaveLength(1)
    expect((await as(ctx.user).get(`/api/interviews/${interview.id}`)).json().interview.outcome).toBe(
      'rejected',
    )
  })

  /** A French mock interview of five questions, checked in before: its id and the session at its first turn. */
  async function mockAtFirstTurn(seed: number, level: number) {
    const started = await as(ctx.user).post('/api/mock-interviews', {
      lang: 'fr',
      seed,
      questionCount: 5,
      level,
    })
    expect(started.statusCode).toBe(201)
    const id = started.json().id as string
    const checked = await as(ctx.user).post(`/api/mock-interviews/${id}/check-in`, {
      moment: 'before',
      tension: 3,
    })
    return { id, session: checked.json() }
  }

  it('one mock interview answer sent from several tabs is kept once; the weakest go to the deck once', async () => {
    const mock = await mockAtFirstTurn(3, 1)
    const id = mock.id
    let session = mock.session
    const turn = session.turn
    const answers = await times(AT_ONCE, () =>
      as(ctx.user).post(`/api/mock-interviews/${id}/answers`, {
        questionIndex: turn.questionIndex,
        followUp: turn.followUp,
        text: 'Je ne sais pas trop.',
      }),
    )
    const statuses = answers.map((a) => a.statusCode)
    expect(statuses.filter((code) => code === 201)).toHaveLength(1)
    expect(statuses.every((code) => code === 201 || code === 200)).toBe(true)
    session = (await as(ctx.user).get(`/api/mock-interviews/${id}`)).json()
    expect(
      session.answers.filter(
        (a: { questionIndex: number; followUp: number }) =>
          a.questionIndex === turn.questionIndex && a.followUp === turn.followUp,
      ),
    ).toHaveLength(1)

    while (session.phase === 'answering') {
      const next = session.turn
      session = (
        await as(ctx.user).post(`/api/mock-interviews/${id}/answers`, {
          questionIndex: next.questionIndex,
          followUp: next.followUp,
          text: 'Je ne sais pas trop.',
        })
      ).json()
    }
    const sent = await times(AT_ONCE, () => as(ctx.user).post(`/api/mock-interviews/${id}/rehearse`, {}))
    expect(sent.map((a) => a.statusCode)).toEqual(Array(AT_ONCE).fill(200))
    const added = sent.reduce((sum, a) => sum + (a.json().added as number), 0)
    const deck = (await as(ctx.user).get('/api/rehearsal/cards')).json().cards
    expect(deck).toHaveLength(added)
    expect(added).toBeGreaterThan(0)
  })
  it('a calendar address made from several tabs at once: exactly one works, the others answer 404', async () => {
    const made = await times(AT_ONCE, () => as(ctx.user).post('/api/me/calendar-feed', {}))
    expect(made.map((a) => a.statusCode)).toEqual(Array(AT_ONCE).fill(201))
    const urls = made.map((a) => new URL(a.json().url as string).pathname)
    const feeds = await Promise.all(urls.map((url) => ctx.app.inject({ url })))
    expect(feeds.filter((feed) => feed.statusCode === 200)).toHaveLength(1)
    expect(feeds.filter((feed) => feed.statusCode === 404)).toHaveLength(AT_ONCE - 1)
    expect((await as(ctx.user).get('/api/me/calendar-feed')).json().feed).not.toBeNull()
  })

  it('one spoken answer’s recording sent from several tabs at once is kept once, whole', async () => {
    const { id, session } = await mockAtFirstTurn(5, 2)
    const turn = session.turn
    const saved = await as(ctx.user).post(`/api/mock-interviews/${id}/answers`, {
      questionIndex: turn.questionIndex,
      followUp: turn.followUp,
      text: 'J’ai conduit le projet et réduit les délais de 20 %.',
      spokenSeconds: 30,
      longPauses: 1,
    })
    expect(saved.statusCode).toBe(201)
    const url = `/api/mock-interviews/${id}/answers/${turn.questionIndex}/${turn.followUp}/audio`
    const recordings = Array.from({ length: AT_ONCE }, (_, i) => Buffer.alloc(2048 + i * 16, i + 1))
    const uploads = await Promise.all(
      recordings.map((payload) =>
        ctx.app.inject({
          method: 'PUT',
          url,
          headers: { cookie: ctx.user.cookie, 'content-type': 'audio/webm' },
          payload,
        }),
      ),
    )
    expect(uploads.map((a) => a.statusCode)).toEqual(Array(AT_ONCE).fill(204))
    const played = await ctx.app.inject({ url, headers: { cookie: ctx.user.cookie } })
    expect(played.statusCode).toBe(200)
    // One of the recordings sent, to the byte: never a mix of two, never a second row.
    expect(recordings.some((payload) => played.rawPayload.equals(payload))).toBe(true)
  })
})
