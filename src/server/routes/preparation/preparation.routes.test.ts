import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { emptyDebrief } from '../../../domain/debrief'
import { emptyResearch } from '../../../domain/preparation/plan'
import { createTestApp, type SignedUpUser, signUp, testClock } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

describe.each(testDatabases)('preparing the next interview on $kind', (database) => {
  let app: FastifyInstance
  let user: SignedUpUser

  beforeEach(async () => {
    const clock = testClock(new Date('2026-03-10T09:00:00.000Z'))
    app = await createTestApp(database, { now: clock.now })
    user = await signUp(app)
  })
  afterEach(async () => {
    await app?.close()
  })

  const as = (who: SignedUpUser) => ({
    get: (url: string) => app.inject({ method: 'GET', url, headers: { cookie: who.cookie } }),
    post: (url: string, payload: object) =>
      app.inject({ method: 'POST', url, headers: { cookie: who.cookie }, payload }),
    patch: (url: string, payload: object) =>
      app.inject({ method: 'PATCH', url, headers: { cookie: who.cookie }, payload }),
    put: (url: string, payload: object) =>
      app.inject({ method: 'PUT', url, headers: { cookie: who.cookie }, payload }),
  })
  const capture = async (company: string, date: string, stage = 'manager') =>
    (await as(user).post('/api/interviews', { company, role: 'Cheffe de projet', stage, date })).json()
      .interview.id as string

  async function pastInterviewWithFlaggedAction() {
    const past = await capture('Decathlon', '2026-03-02T14:00:00Z')
    await as(user).put(`/api/interviews/${past}/debrief`, {
      version: 0,
      debrief: {
        ...emptyDebrief(),
        lessons: [
          {
            id: 'l1',
            text: 'Arriver avec une fourchette de salaire',
            actions: [
              { id: 'a1', text: 'Comparer trois grilles de salaires', status: 'open', checkBeforeNext: true },
              { id: 'a2', text: 'Pas pour la prochaine fois', status: 'open', checkBeforeNext: false },
            ],
          },
        ],
      },
    })
    return past
  }

  it('carries a flagged action from an earlier debrief into the plan of an interview at another company; done → readiness rises', async () => {
    const past = await pastInterviewWithFlaggedAction()
    const next = await capture('Leroy Merlin', '2026-03-14T10:00:00Z', 'final')
    const plan = (await as(user).get(`/api/interviews/${next}/prep`)).json()
    expect(plan.upcoming).toBe(true)
    expect(plan.carriedActions).toEqual([
      {
        sourceInterviewId: past,
        company: 'Decathlon',
        lessonId: 'l1',
        lesson: 'Arriver avec une fourchette de salaire',
        action: {
          id: 'a1',
          text: 'Comparer trois grilles de salaires',
          status: 'open',
          checkBeforeNext: true,
        },
      },
    ])
    const before = plan.readiness.percent

    const done = await as(user).patch(`/api/interviews/${past}/debrief/actions/a1`, { status: 'done' })
    expect(done.statusCode).toBe(200)
    expect(done.json().version).toBe(2)
    const after = (await as(user).get(`/api/interviews/${next}/prep`)).json()
    expect(after.carriedActions[0].action.status).toBe('done')
    expect(after.readiness.percent).toBeGreaterThan(before)
    expect(
      (await as(user).get(`/api/interviews/${past}/debrief`)).json().debrief.lessons[0].actions[0].status,
    ).toBe('done')
  })

  it('keeps research notes per company, reused by its later rounds', async () => {
    const first = await capture('Leroy Merlin', '2026-03-14T10:00:00Z', 'hr')
    const later = await capture('leroy merlin', '2026-03-21T10:00:00Z', 'final')
    const research = {
      ...emptyResearch(),
      recent_news: { done: true, notes: 'Nouvelle appli de retrait en magasin.' },
    }
    expect((await as(user).put(`/api/interviews/${first}/research`, { research })).statusCode).toBe(200)
    const plan = (await as(user).get(`/api/interviews/${later}/prep`)).json()
    expect(plan.research.recent_news).toEqual({ done: true, notes: 'Nouvelle appli de retrait en magasin.' })
  })

  it('saves questions for the recruiter, logistics and, afterwards, the actions applied', async () => {
    const id = await capture('Leroy Merlin', '2026-03-14T10:00:00Z')
    const saved = await as(user).put(`/api/interviews/${id}/prep`, {
      questionsToAsk: [
        { id: 'q1', text: "Comment l'équipe mesure-t-elle le succès ?", done: false },
        { id: 'q2', text: 'Quels sont les enjeux des six premiers mois ?', done: false },
        { id: 'q3', text: 'Comment se passe l’intégration ?', done: false },
      ],
      logistics: { place: 'Siège, Lezennes', documents: [{ id: 'd1', text: 'CV imprimé', done: true }] },
    })
    expect(saved.statusCode).toBe(200)
    expect(saved.json().readiness).toMatchObject({ done: 2, total: 9 })
    const applied = await as(user).put(`/api/interviews/${id}/prep`, { appliedActionIds: ['a1'] })
    expect(applied.json()).toMatchObject({
      appliedActionIds: ['a1'],
      logistics: { place: 'Siège, Lezennes' },
    })
    const bad = await as(user).put(`/api/interviews/${id}/prep`, {
      questionsToAsk: [{ id: '', text: 'x'.repeat(501), done: 'yes' }],
    })
    expect(bad.statusCode).toBe(400)
  })

  it('keeps pitch versions and a deck card to rehearse it; the pitch counts in readiness', async () => {
    const id = await capture('Leroy Merlin', '2026-03-14T10:00:00Z')
    expect((await as(user).get('/api/pitch')).json()).toEqual({ current: null, versions: [], cardId: null })
    const pitch = {
      from: 'Dix ans dans l’événementiel.',
      strengths: 'Je tiens des délais serrés : 40 salons livrés.',
      next: 'Je veux piloter des projets digitaux.',
      whyCompany: 'Votre appli de retrait rejoint ce que je sais faire.',
    }
    const first = await as(user).post('/api/pitch', { pitch })
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({
      current: { version: 1, content: pitch },
      cardId: expect.any(String),
    })
    const second = (
      await as(user).post('/api/pitch', { pitch: { ...pitch, next: 'Piloter des produits.' } })
    ).json()
    expect(second.versions.map((v: { version: number }) => v.version)).toEqual([2, 1])
    expect(second.cardId).toBe(first.json().cardId)
    const card = (await as(user).get(`/api/rehearsal/cards/${second.cardId}`)).json().card
    expect(card.hint).toContain('Piloter des produits.')
    expect(card.question).toBe('Présentez-vous.')
    const plan = (await as(user).get(`/api/interviews/${id}/prep`)).json()
    expect(plan.pitch.version).toBe(2)
    expect(plan.likelyQuestions.map((c: { id: string }) => c.id)).toContain(second.cardId)
  })

  it("another user's plan, research and actions are a 404", async () => {
    const past = await pastInterviewWithFlaggedAction()
    const other = as(await signUp(app))
    expect((await other.get(`/api/interviews/${past}/prep`)).statusCode).toBe(404)
    expect((await other.put(`/api/interviews/${past}/prep`, { appliedActionIds: [] })).statusCode).toBe(404)
    expect(
      (await other.put(`/api/interviews/${past}/research`, { research: emptyResearch() })).statusCode,
    ).toBe(404)
    expect(
      (await other.patch(`/api/interviews/${past}/debrief/actions/a1`, { status: 'done' })).statusCode,
    ).toBe(404)
    expect(
      (await as(user).patch(`/api/interviews/${past}/debrief/actions/nope`, { status: 'done' })).statusCode,
    ).toBe(404)
    expect((await other.get('/api/pitch')).json().current).toBeNull()
  })
})
