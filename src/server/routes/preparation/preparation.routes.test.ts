import { describe, expect, it } from 'vitest'
import { type Action, emptyDebrief } from '../../../domain/debrief'
import { lessonAction } from '../../../domain/debrief/test-builders'
import { emptyResearch } from '../../../domain/preparation/plan'
import { appPerTest, asUser, type SignedUpUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

describe.each(testDatabases)('preparing the next interview on $kind', (database) => {
  const ctx = appPerTest(database, { start: new Date('2026-03-10T09:00:00.000Z') })
  const as = (who: SignedUpUser) => asUser(ctx.app, who)
  const capture = async (company: string, date: string, stage = 'manager') =>
    (await as(ctx.user).post('/api/interviews', { company, role: 'Cheffe de projet', stage, date })).json()
      .interview.id as string

  /** A first debrief of `interviewId`: one lesson, l1, with these actions. */
  const debriefOneLesson = (interviewId: string, text: string, actions: Action[]) =>
    as(ctx.user).put(`/api/interviews/${interviewId}/debrief`, {
      version: 0,
      debrief: { ...emptyDebrief(), lessons: [{ id: 'l1', text, actions }] },
    })

  async function pastInterviewWithFlaggedAction() {
    const past = await capture('Decathlon', '2026-03-02T14:00:00Z')
    await debriefOneLesson(past, 'Arriver avec une fourchette de salaire', [
      lessonAction('a1', 'Comparer trois grilles de salaires'),
      lessonAction('a2', 'Pas pour la prochaine fois', { checkBeforeNext: false }),
    ])
    return past
  }

  /** The status of that flagged action, as the past interview's debrief has it now. */
  const flaggedActionStatus = async (past: string) =>
    (await as(ctx.user).get(`/api/interviews/${past}/debrief`)).json().debrief.lessons[0].actions[0].status

  it('carries a flagged action from an earlier debrief into the plan of an interview at another company; done → readiness rises', async () => {
    const past = await pastInterviewWithFlaggedAction()
    const next = await capture('Leroy Merlin', '2026-03-14T10:00:00Z', 'final')
    const plan = (await as(ctx.user).get(`/api/interviews/${next}/prep`)).json()
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

    const done = await as(ctx.user).patch(`/api/interviews/${past}/debrief/actions/a1`, {
      status: 'done',
      planInterviewId: next,
    })
    expect(done.statusCode).toBe(200)
    expect(done.json().version).toBe(2)
    const after = (await as(ctx.user).get(`/api/interviews/${next}/prep`)).json()
    expect(after.carriedActions[0].action.status).toBe('done')
    expect(after.readiness.percent).toBeGreaterThan(before)
    expect(await flaggedActionStatus(past)).toBe('done')
  })

  it('carries a lesson none of whose actions is flagged, to reread, with where it came from', async () => {
    const past = await pastInterviewWithFlaggedAction()
    const older = await capture('Fnac', '2026-02-20T10:00:00Z')
    await as(ctx.user).put(`/api/interviews/${older}/debrief`, {
      version: 0,
      debrief: {
        ...emptyDebrief(),
        lessons: [
          { id: 'l1', text: 'Respirer avant de répondre', actions: [] },
          {
            id: 'l2',
            text: 'Préparer une question sur l’équipe',
            actions: [{ id: 'b1', text: 'Pas flaggée', status: 'open', checkBeforeNext: false }],
          },
          { id: 'l3', text: '   ', actions: [] },
        ],
      },
    })
    const next = await capture('Leroy Merlin', '2026-03-14T10:00:00Z')
    const plan = (await as(ctx.user).get(`/api/interviews/${next}/prep`)).json()
    // Decathlon's lesson comes with its carried action; Fnac's two lessons are there to reread.
    expect(plan.carriedActions.map((c: { lessonId: string }) => c.lessonId)).toEqual(['l1'])
    expect(plan.lessonsToReread).toEqual([
      {
        sourceInterviewId: older,
        company: 'Fnac',
        date: '2026-02-20T10:00:00.000Z',
        lessonId: 'l1',
        lesson: 'Respirer avant de répondre',
      },
      expect.objectContaining({ sourceInterviewId: older, lessonId: 'l2' }),
    ])
    // Rereading is not a step: readiness counts the carried action only.
    expect(plan.readiness.total).toBe(10)
    // The earlier interview's own plan rereads nothing from itself or later ones.
    expect((await as(ctx.user).get(`/api/interviews/${older}/prep`)).json().lessonsToReread).toEqual([])
    expect((await as(ctx.user).get(`/api/interviews/${past}/prep`)).json().lessonsToReread).toHaveLength(2)
  })

  it('offers the company’s research notes and earlier "why us?" answers as pitch material', async () => {
    const past = await capture('Decathlon', '2026-03-02T14:00:00Z')
    await as(ctx.user).put(`/api/interviews/${past}/debrief`, {
      version: 0,
      debrief: {
        ...emptyDebrief(),
        questions: [
          {
            id: 'q1',
            question: 'Pourquoi avez-vous postulé chez nous ?',
            answer: '',
            feeling: null,
            recruiterReaction: '',
          },
          { id: 'q2', question: 'Parlez-moi de vous.', answer: '', feeling: null, recruiterReaction: '' },
        ],
        destabilizing: [
          {
            questionId: 'q1',
            reasons: [],
            reasonOther: '',
            betterAnswer: 'Vos magasins, je les connais.',
            rehearse: false,
          },
          {
            questionId: 'q2',
            reasons: [],
            reasonOther: '',
            betterAnswer: 'Dix ans en magasin.',
            rehearse: false,
          },
        ],
      },
    })
    const next = await capture('Leroy Merlin', '2026-03-14T10:00:00Z')
    const research = { ...emptyResearch(), culture_values: { done: true, notes: 'Entreprise à mission.' } }
    await as(ctx.user).put(`/api/interviews/${next}/research`, { research })
    const material = await as(ctx.user).get(`/api/pitch/material?interview=${next}`)
    expect(material.statusCode).toBe(200)
    expect(material.json()).toEqual({
      interview: { id: next, company: 'Leroy Merlin' },
      research: [{ item: 'culture_values', notes: 'Entreprise à mission.' }],
      answers: [
        {
          question: 'Pourquoi avez-vous postulé chez nous ?',
          answer: 'Vos magasins, je les connais.',
          from: {
            kind: 'debrief',
            interviewId: past,
            company: 'Decathlon',
            date: '2026-03-02T14:00:00.000Z',
          },
        },
      ],
    })
    // Without an interview: the answers only. Someone else's interview: a 404, and none of my answers.
    const bare = (await as(ctx.user).get('/api/pitch/material')).json()
    expect(bare.interview).toBeNull()
    expect(bare.research).toEqual([])
    expect(bare.answers).toHaveLength(1)
    const other = as(await signUp(ctx.app))
    expect((await other.get(`/api/pitch/material?interview=${next}`)).statusCode).toBe(404)
    expect((await other.get('/api/pitch/material')).json().answers).toEqual([])
  })

  it('keeps research notes per company, reused by its later rounds', async () => {
    const first = await capture('Leroy Merlin', '2026-03-14T10:00:00Z', 'hr')
    const later = await capture('leroy merlin', '2026-03-21T10:00:00Z', 'final')
    const research = {
      ...emptyResearch(),
      recent_news: { done: true, notes: 'Nouvelle appli de retrait en magasin.' },
    }
    expect((await as(ctx.user).put(`/api/interviews/${first}/research`, { research })).statusCode).toBe(200)
    const plan = (await as(ctx.user).get(`/api/interviews/${later}/prep`)).json()
    expect(plan.research.recent_news).toEqual({ done: true, notes: 'Nouvelle appli de retrait en magasin.' })
  })

  it('saves questions for the recruiter and logistics: place, video link, arrival, documents', async () => {
    const id = await capture('Leroy Merlin', '2026-03-14T10:00:00Z')
    const saved = await as(ctx.user).put(`/api/interviews/${id}/prep`, {
      questionsToAsk: [
        { id: 'q1', text: "Comment l'équipe mesure-t-elle le succès ?", done: false },
        { id: 'q2', text: 'Quels sont les enjeux des six premiers mois ?', done: false },
        { id: 'q3', text: 'Comment se passe l’intégration ?', done: false },
      ],
      logistics: {
        place: 'Siège, Lezennes',
        link: '',
        arrival: 'Arriver à 9 h 45, badge à l’accueil',
        documents: [{ id: 'd1', text: 'CV imprimé', done: true }],
      },
    })
    expect(saved.statusCode).toBe(200)
    expect(saved.json().readiness).toMatchObject({ done: 2, total: 9 })
    expect(saved.json().logistics).toEqual({
      place: 'Siège, Lezennes',
      link: '',
      arrival: 'Arriver à 9 h 45, badge à l’accueil',
      documents: [{ id: 'd1', text: 'CV imprimé', done: true }],
    })
    const bad = await as(ctx.user).put(`/api/interviews/${id}/prep`, {
      questionsToAsk: [{ id: '', text: 'x'.repeat(501), done: 'yes' }],
    })
    expect(bad.statusCode).toBe(400)
  })

  it('a video link alone is enough to know where; the link and the arrival have limits, told field by field', async () => {
    const id = await capture('Leroy Merlin', '2026-03-14T10:00:00Z')
    const remote = await as(ctx.user).put(`/api/interviews/${id}/prep`, {
      logistics: { place: '', link: 'https://meet.example.com/abc-defg', arrival: '', documents: [] },
    })
    expect(remote.statusCode).toBe(200)
    expect(remote.json().logistics.link).toBe('https://meet.example.com/abc-defg')
    expect(remote.json().readiness).toMatchObject({ done: 1, total: 9 })
    const bad = await ctx.app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}/prep`,
      headers: { cookie: ctx.user.cookie, 'accept-language': 'en' },
      payload: {
        logistics: { place: '', link: 'meet.example.com/abc', arrival: 'x'.repeat(201), documents: [] },
      },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.fields).toEqual({
      'logistics.link': 'Enter a full web address, starting with https://.',
      'logistics.arrival': '200 characters at most.',
    })
    // Nothing was half-saved.
    expect((await as(ctx.user).get(`/api/interviews/${id}/prep`)).json().logistics.link).toBe(
      'https://meet.example.com/abc-defg',
    )
  })

  it('a done action stays in the plan it was ticked from and leaves later plans; open ones are in both', async () => {
    const past = await capture('Decathlon', '2026-03-02T14:00:00Z')
    await debriefOneLesson(past, 'Chiffrer mes réussites', [
      lessonAction('a1', 'Écrire trois réussites chiffrées'),
      lessonAction('a2', 'Relire l’annonce la veille'),
      lessonAction('a3', 'Faire une fiche entreprise'),
    ])
    const b = await capture('Leroy Merlin', '2026-03-14T10:00:00Z', 'hr')
    const c = await capture('Boulanger', '2026-03-24T10:00:00Z', 'final')
    const carried = async (id: string) =>
      Object.fromEntries(
        (await as(ctx.user).get(`/api/interviews/${id}/prep`))
          .json()
          .carriedActions.map((x: { action: { id: string; status: string } }) => [
            x.action.id,
            x.action.status,
          ]),
      )
    expect(await carried(b)).toEqual({ a1: 'open', a2: 'open', a3: 'open' })
    const before = (await as(ctx.user).get(`/api/interviews/${b}/prep`)).json().readiness

    // a1 ticked from B's plan; a2 ticked in its own debrief, from no plan.
    const tick = (actionId: string, body: object) =>
      as(ctx.user).patch(`/api/interviews/${past}/debrief/actions/${actionId}`, body)
    expect((await tick('a1', { status: 'done', planInterviewId: b })).statusCode).toBe(200)
    expect((await tick('a2', { status: 'done' })).statusCode).toBe(200)

    expect(await carried(b)).toEqual({ a1: 'done', a3: 'open' })
    const after = (await as(ctx.user).get(`/api/interviews/${b}/prep`)).json().readiness
    expect(after).toEqual({ done: before.done + 1, total: before.total - 1, percent: expect.any(Number) })
    expect(after.percent).toBeGreaterThan(before.percent)
    expect(await carried(c)).toEqual({ a3: 'open' })

    // Ticked from C's plan instead: it was still to do for B, which is earlier, and shows done there.
    expect((await tick('a3', { status: 'done', planInterviewId: c })).statusCode).toBe(200)
    expect(await carried(c)).toEqual({ a3: 'done' })
    expect(await carried(b)).toEqual({ a1: 'done', a3: 'done' })

    // Opened again, a1 is back in every later plan.
    expect((await tick('a1', { status: 'open', planInterviewId: b })).statusCode).toBe(200)
    expect(await carried(c)).toEqual({ a1: 'open', a3: 'done' })
    // Ticked again from C's plan, it is recorded there only: B, earlier, still shows it done.
    expect((await tick('a1', { status: 'done', planInterviewId: c })).statusCode).toBe(200)
    expect(await carried(c)).toEqual({ a1: 'done', a3: 'done' })
    expect(await carried(b)).toEqual({ a1: 'done', a3: 'done' })
  })

  it('refuses to tick an action for a plan that cannot carry it', async () => {
    const past = await pastInterviewWithFlaggedAction()
    const earlier = await capture('Boulanger', '2026-02-20T10:00:00Z')
    const tooEarly = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/interviews/${past}/debrief/actions/a1`,
      headers: { cookie: ctx.user.cookie, 'accept-language': 'en' },
      payload: { status: 'done', planInterviewId: earlier },
    })
    expect(tooEarly.statusCode).toBe(400)
    expect(tooEarly.json().error.fields).toEqual({
      planInterviewId: 'This value is not one of the allowed choices.',
    })
    expect(
      (
        await as(ctx.user).patch(`/api/interviews/${past}/debrief/actions/a1`, {
          status: 'done',
          planInterviewId: 'nope',
        })
      ).statusCode,
    ).toBe(404)
    // Nothing changed in the debrief.
    expect(await flaggedActionStatus(past)).toBe('open')
  })

  it('afterwards, saves the carried actions applied, refuses any other, and Progress counts them', async () => {
    const past = await pastInterviewWithFlaggedAction()
    const id = await capture('Leroy Merlin', '2026-03-09T10:00:00Z')
    const other = await capture('Boulanger', '2026-03-01T10:00:00Z')
    const bad = await asUser(ctx.app, ctx.user, 'fr').put(`/api/interviews/${id}/prep`, {
      appliedActionIds: ['a1', 'a2', 'invented'],
    })
    expect(bad.statusCode).toBe(400)
    // a2 is not flagged, "invented" does not exist.
    expect(bad.json().error.fields).toEqual({
      'appliedActionIds.1': 'Cette valeur ne fait pas partie des choix possibles.',
      'appliedActionIds.2': 'Cette valeur ne fait pas partie des choix possibles.',
    })
    // An interview before the debrief carries nothing.
    expect(
      (await as(ctx.user).put(`/api/interviews/${other}/prep`, { appliedActionIds: ['a1'] })).statusCode,
    ).toBe(400)

    const applied = await as(ctx.user).put(`/api/interviews/${id}/prep`, { appliedActionIds: ['a1'] })
    expect(applied.statusCode).toBe(200)
    expect(applied.json().appliedActionIds).toEqual(['a1'])

    // Done since, from no plan: still listed here, because this interview's debrief says it was applied.
    await as(ctx.user).patch(`/api/interviews/${past}/debrief/actions/a1`, { status: 'done' })
    const plan = (await as(ctx.user).get(`/api/interviews/${id}/prep`)).json()
    expect(plan.carriedActions.map((c: { action: { id: string } }) => c.action.id)).toEqual(['a1'])
    expect(
      (await as(ctx.user).put(`/api/interviews/${id}/prep`, { appliedActionIds: ['a1'] })).statusCode,
    ).toBe(200)

    // "Lessons applied", the figure Progress shows: 1 of the 1 the plan offered; a plan saved
    // without answering that question counts for nothing.
    await as(ctx.user).put(`/api/interviews/${other}/prep`, { questionsToAsk: [] })
    const progress = (await as(ctx.user).get('/api/progress')).json()
    expect(progress.lessons.applied).toEqual([
      expect.objectContaining({ interviewId: id, applied: 1, offered: 1 }),
    ])
  })

  it('keeps pitch versions and a deck card to rehearse it; the pitch counts in readiness', async () => {
    const id = await capture('Leroy Merlin', '2026-03-14T10:00:00Z')
    expect((await as(ctx.user).get('/api/pitch')).json()).toEqual({
      current: null,
      versions: [],
      cardId: null,
    })
    const pitch = {
      from: 'Dix ans dans l’événementiel.',
      strengths: 'Je tiens des délais serrés : 40 salons livrés.',
      next: 'Je veux piloter des projets digitaux.',
      whyCompany: 'Votre appli de retrait rejoint ce que je sais faire.',
    }
    const first = await as(ctx.user).post('/api/pitch', { pitch })
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({
      current: { version: 1, content: pitch },
      cardId: expect.any(String),
    })
    const second = (
      await as(ctx.user).post('/api/pitch', { pitch: { ...pitch, next: 'Piloter des produits.' } })
    ).json()
    expect(second.versions.map((v: { version: number }) => v.version)).toEqual([2, 1])
    expect(second.cardId).toBe(first.json().cardId)
    const card = (await as(ctx.user).get(`/api/rehearsal/cards/${second.cardId}`)).json().card
    expect(card.hint).toContain('Piloter des produits.')
    expect(card.question).toBe('Présentez-vous.')
    const plan = (await as(ctx.user).get(`/api/interviews/${id}/prep`)).json()
    expect(plan.pitch.version).toBe(2)
    expect(plan.likelyQuestions.map((c: { id: string }) => c.id)).toContain(second.cardId)
  })

  it("one user's pitch, its versions and its deck card are never another's", async () => {
    const pitch = {
      from: 'Dix ans dans l’événementiel.',
      strengths: 'Je tiens des délais serrés : 40 salons livrés.',
      next: 'Je veux piloter des projets digitaux.',
      whyCompany: 'Votre appli de retrait rejoint ce que je sais faire.',
    }
    const mine = (await as(ctx.user).post('/api/pitch', { pitch })).json()
    const other = as(await signUp(ctx.app))
    expect((await other.get('/api/pitch')).json()).toEqual({ current: null, versions: [], cardId: null })

    // Their first pitch is their version 1, with a card of their own; mine stays as it was.
    const theirPitch = { ...pitch, from: 'Quinze ans dans la logistique.' }
    const theirs = await other.post('/api/pitch', { pitch: theirPitch })
    expect(theirs.statusCode).toBe(201)
    expect(theirs.json()).toMatchObject({
      current: { version: 1, content: theirPitch },
      versions: [{ version: 1 }],
    })
    expect(theirs.json().cardId).not.toBe(mine.cardId)
    expect((await other.get(`/api/rehearsal/cards/${mine.cardId}`)).statusCode).toBe(404)

    const after = (await as(ctx.user).get('/api/pitch')).json()
    expect(after).toMatchObject({ current: { version: 1, content: pitch }, cardId: mine.cardId })
    expect(after.versions).toHaveLength(1)
    const card = (await as(ctx.user).get(`/api/rehearsal/cards/${mine.cardId}`)).json().card
    expect(card.hint).toContain('Dix ans dans l’événementiel.')
    expect(card.hint).not.toContain('logistique')
  })

  it("another user's plan, research and actions are a 404", async () => {
    const past = await pastInterviewWithFlaggedAction()
    const other = as(await signUp(ctx.app))
    expect((await other.get(`/api/interviews/${past}/prep`)).statusCode).toBe(404)
    expect((await other.put(`/api/interviews/${past}/prep`, { appliedActionIds: [] })).statusCode).toBe(404)
    expect(
      (await other.put(`/api/interviews/${past}/research`, { research: emptyResearch() })).statusCode,
    ).toBe(404)
    expect(
      (await other.patch(`/api/interviews/${past}/debrief/actions/a1`, { status: 'done' })).statusCode,
    ).toBe(404)
    expect(
      (await as(ctx.user).patch(`/api/interviews/${past}/debrief/actions/nope`, { status: 'done' }))
        .statusCode,
    ).toBe(404)
    expect(
      (
        await other.patch(`/api/interviews/${past}/debrief/actions/a1`, {
          status: 'done',
          planInterviewId: past,
        })
      ).statusCode,
    ).toBe(404)
    // Nor can a plan of mine be named from their side: ticking their own action for my plan is a 404.
    const theirPast = (
      await other.post('/api/interviews', {
        company: 'Boulanger',
        role: 'Acheteur',
        stage: 'hr',
        date: '2026-03-01T10:00:00Z',
      })
    ).json().interview.id as string
    const mine = await capture('Leroy Merlin', '2026-03-14T10:00:00Z')
    await other.put(`/api/interviews/${theirPast}/debrief`, {
      version: 0,
      debrief: {
        ...emptyDebrief(),
        lessons: [
          {
            id: 'l9',
            text: 'x',
            actions: [{ id: 'b1', text: 'Leur action', status: 'open', checkBeforeNext: true }],
          },
        ],
      },
    })
    expect(
      (
        await other.patch(`/api/interviews/${theirPast}/debrief/actions/b1`, {
          status: 'done',
          planInterviewId: mine,
        })
      ).statusCode,
    ).toBe(404)
    expect((await as(ctx.user).get(`/api/interviews/${mine}/prep`)).json().carriedActions).toHaveLength(1)
  })
})
