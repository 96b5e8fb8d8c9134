import { describe, expect, it } from 'vitest'
import { emptyDebrief } from '../../../domain/debrief'
import { appPerTest, asUser, captureInterview, type SignedUpUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

describe.each(testDatabases)('rehearsal deck on $kind', (database) => {
  const ctx = appPerTest(database, { start: new Date('2026-05-04T08:00:00.000Z') })
  const as = (who: SignedUpUser) => asUser(ctx.app, who)
  /** Quick capture as the signed-in person: the interview and its application. */
  const capture = (company: string, role: string, stage: string, date: string) =>
    captureInterview(ctx.app, ctx.user, { company, role, stage, date })

  const firstBankKey = async (lang: 'fr' | 'en', category?: string) => {
    const query = `/api/rehearsal/bank?lang=${lang}${category ? `&category=${category}` : ''}`
    const { questions } = (await as(ctx.user).get(query)).json()
    return questions[0].key as string
  }

  it('ships a bank of at least 80 questions per language, and marks what is already in the deck', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const { questions } = (await as(ctx.user).get(`/api/rehearsal/bank?lang=${lang}`)).json()
      expect(questions.length).toBeGreaterThanOrEqual(80)
    }
    const key = await firstBankKey('fr', 'salary')
    expect((await as(ctx.user).post('/api/rehearsal/cards', { bankKey: key })).statusCode).toBe(201)
    const { questions } = (await as(ctx.user).get('/api/rehearsal/bank?lang=fr&category=salary')).json()
    expect(questions.find((q: { key: string }) => q.key === key).inDeck).toBe(true)
    // Adding it twice is refused, not duplicated.
    expect((await as(ctx.user).post('/api/rehearsal/cards', { bankKey: key })).statusCode).toBe(409)
    expect((await as(ctx.user).post('/api/rehearsal/cards', { bankKey: 'no-such-key' })).statusCode).toBe(400)
  })

  it('adds your own question, filters and searches the deck', async () => {
    await as(ctx.user).post('/api/rehearsal/cards', { bankKey: await firstBankKey('fr', 'salary') })
    const own = await as(ctx.user).post('/api/rehearsal/cards', {
      question: 'Pourquoi quitter le secteur public ?',
      lang: 'fr',
      category: 'gaps_changes',
    })
    expect(own.statusCode).toBe(201)
    expect(own.json().card).toMatchObject({ source: 'own', state: 'new', attemptCount: 0 })
    expect((await as(ctx.user).get('/api/rehearsal/cards')).json().cards).toHaveLength(2)
    expect((await as(ctx.user).get('/api/rehearsal/cards?category=gaps_changes')).json().cards).toHaveLength(
      1,
    )
    expect((await as(ctx.user).get('/api/rehearsal/cards?source=bank')).json().cards).toHaveLength(1)
    expect((await as(ctx.user).get('/api/rehearsal/cards?q=secteur%20PUBLIC')).json().cards).toHaveLength(1)
    const bad = await as(ctx.user).post('/api/rehearsal/cards', { question: '', lang: 'de' })
    expect(bad.statusCode).toBe(400)
  })

  it('a question flagged "rehearse this" in a debrief joins the deck, linked to its interview', async () => {
    const { interview } = await capture('Decathlon', 'Cheffe de projet', 'manager', '2026-05-03T14:00:00Z')
    const debrief = {
      ...emptyDebrief(),
      questions: [
        {
          id: 'q1',
          question: 'Quelles sont vos prétentions salariales ?',
          answer: '',
          feeling: 'destabilized',
          recruiterReaction: '',
        },
      ],
      destabilizing: [
        {
          questionId: 'q1',
          reasons: ['not_prepared'],
          reasonOther: '',
          betterAnswer: 'Entre 42 et 46 k€.',
          rehearse: true,
        },
      ],
    }
    expect(
      (await as(ctx.user).put(`/api/interviews/${interview.id}/debrief`, { version: 0, debrief })).statusCode,
    ).toBe(200)
    const [card] = (await as(ctx.user).get('/api/rehearsal/cards?source=debrief')).json().cards
    expect(card).toMatchObject({
      source: 'debrief',
      interviewId: interview.id,
      category: 'from_interview',
      lang: 'fr',
      question: 'Quelles sont vos prétentions salariales ?',
      hint: 'Entre 42 et 46 k€.',
    })
    // Saving again updates the card instead of adding another.
    const edited = {
      ...debrief,
      destabilizing: [{ ...debrief.destabilizing[0], betterAnswer: 'Je vise 44 k€ brut.' }],
    }
    await as(ctx.user).put(`/api/interviews/${interview.id}/debrief`, { version: 1, debrief: edited })
    const cards = (await as(ctx.user).get('/api/rehearsal/cards')).json().cards
    expect(cards).toHaveLength(1)
    expect(cards[0].hint).toBe('Je vise 44 k€ brut.')
    // Recent destabilizing questions come first in the queue.
    await as(ctx.user).post('/api/rehearsal/cards', { bankKey: await firstBankKey('fr') })
    const queue = (await as(ctx.user).get('/api/rehearsal/queue')).json()
    expect(queue.due[0].source).toBe('debrief')
    expect(queue.dueCount).toBe(2)
  })

  it("grading Good takes the card out of today's queue until it is due again; every attempt is kept with its figures", async () => {
    const { card } = (
      await as(ctx.user).post('/api/rehearsal/cards', { bankKey: await firstBankKey('fr', 'about_you') })
    ).json()
    expect(
      (await as(ctx.user).get('/api/rehearsal/queue')).json().due.map((c: { id: string }) => c.id),
    ).toEqual([card.id])

    const hedgy = 'Euh, je pense que je suis plutôt bon en gestion de projet, enfin je crois.'
    const attempt = await as(ctx.user).post(`/api/rehearsal/cards/${card.id}/attempts`, {
      text: hedgy,
      grade: 'good',
    })
    expect(attempt.statusCode).toBe(201)
    expect(attempt.json().attempt).toMatchObject({
      mode: 'review',
      grade: 'good',
      text: hedgy,
      lang: 'fr',
      // "Euh", and "enfin" taking back the claim (a self-correction).
      fillerCount: 2,
      hedgeCount: 2,
      assertivenessLevel: 'low',
    })
    expect(attempt.json().card).toMatchObject({ reps: 1, attemptCount: 1 })
    const queue = (await as(ctx.user).get('/api/rehearsal/queue')).json()
    expect(queue.due).toEqual([])
    expect(queue.nextDue).toBe(attempt.json().card.due)

    ctx.clock.advance(new Date(attempt.json().card.due).getTime() - ctx.clock.now().getTime())
    expect(
      (await as(ctx.user).get('/api/rehearsal/queue')).json().due.map((c: { id: string }) => c.id),
    ).toEqual([card.id])

    const better =
      "Dans mon dernier poste, j'ai piloté la refonte du site : livrée en 4 mois, les ventes en ligne ont augmenté de 18 %."
    await as(ctx.user).post(`/api/rehearsal/cards/${card.id}/attempts`, { text: better, grade: 'easy' })
    const detail = (await as(ctx.user).get(`/api/rehearsal/cards/${card.id}`)).json()
    expect(detail.attempts.map((a: { assertivenessLevel: string }) => a.assertivenessLevel)).toEqual([
      'low',
      'high',
    ])
    expect(detail.attempts[1].metricsCount).toBeGreaterThan(0)
    expect(Object.keys(detail.nextIntervals)).toEqual(['again', 'hard', 'good', 'easy'])

    // The user marks their best attempt as the reference answer.
    const marked = await as(ctx.user).patch(`/api/rehearsal/cards/${card.id}`, {
      referenceAttemptId: detail.attempts[1].id,
    })
    expect(marked.json().card.referenceAttemptId).toBe(detail.attempts[1].id)
    const wrong = await as(ctx.user).patch(`/api/rehearsal/cards/${card.id}`, {
      referenceAttemptId: 'not-an-attempt',
    })
    expect(wrong.statusCode).toBe(400)
  })

  it('a review attempt needs a grade; a cram attempt leaves the schedule alone', async () => {
    const { card } = (
      await as(ctx.user).post('/api/rehearsal/cards', { bankKey: await firstBankKey('en') })
    ).json()
    const noGrade = await as(ctx.user).post(`/api/rehearsal/cards/${card.id}/attempts`, {
      text: 'I led the project.',
    })
    expect(noGrade.statusCode).toBe(400)
    expect(noGrade.json().error.fields).toHaveProperty('grade')
    const cram = await as(ctx.user).post(`/api/rehearsal/cards/${card.id}/attempts`, {
      text: 'I led the project.',
      mode: 'cram',
    })
    expect(cram.statusCode).toBe(201)
    expect(cram.json().card).toMatchObject({ reps: 0, due: card.due, attemptCount: 1 })
    const tooLong = await as(ctx.user).post(`/api/rehearsal/cards/${card.id}/attempts`, {
      text: 'a'.repeat(20_001),
      grade: 'good',
    })
    expect(tooLong.statusCode).toBe(400)
  })

  it('cram mode lists the cards that fit an interview', async () => {
    const { interview } = await capture('Acme', 'Analyst', 'hr', '2026-05-10T09:00:00Z')
    const { questions } = (await as(ctx.user).get('/api/rehearsal/bank?lang=en')).json()
    const hr = questions.find((q: { stages: string[] }) => q.stages.includes('hr'))
    const notHr = questions.find((q: { stages: string[] }) => q.stages.length > 0 && !q.stages.includes('hr'))
    await as(ctx.user).post('/api/rehearsal/cards', { bankKey: hr.key })
    if (notHr) await as(ctx.user).post('/api/rehearsal/cards', { bankKey: notHr.key })
    const cram = (await as(ctx.user).get(`/api/rehearsal/cram?interviewId=${interview.id}`)).json()
    expect(cram).toMatchObject({ company: 'Acme', stage: 'hr' })
    expect(cram.cards.map((c: { bankKey: string }) => c.bankKey)).toEqual([hr.key])
  })

  it("another user's card and attempts are a 404", async () => {
    const { card } = (
      await as(ctx.user).post('/api/rehearsal/cards', { bankKey: await firstBankKey('fr') })
    ).json()
    await as(ctx.user).post(`/api/rehearsal/cards/${card.id}/attempts`, { text: 'Je sais.', grade: 'good' })
    const other = as(await signUp(ctx.app))
    for (const response of [
      await other.get(`/api/rehearsal/cards/${card.id}`),
      await other.patch(`/api/rehearsal/cards/${card.id}`, { question: 'pwned' }),
      await other.post(`/api/rehearsal/cards/${card.id}/attempts`, { text: 'x', grade: 'good' }),
      await other.delete(`/api/rehearsal/cards/${card.id}`),
    ]) {
      expect(response.statusCode).toBe(404)
    }
    expect((await other.get('/api/rehearsal/cards')).json().cards).toEqual([])
    expect((await other.get('/api/rehearsal/queue')).json().dueCount).toBe(0)
    expect((await as(ctx.user).get(`/api/rehearsal/cards/${card.id}`)).json().attempts).toHaveLength(1)
  })
})
