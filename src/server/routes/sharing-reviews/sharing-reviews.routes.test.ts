import { describe, expect, it } from 'vitest'
import { emptyDebrief } from '../../../domain/debrief'
import { REVIEW_LIMITS } from '../../../domain/sharing'
import type { InvitationCreated } from '../../../shared/schemas/sharing'
import { appPerTest, asUser, type SignedUpUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'
import { replayedQuestion } from '../../test-support/debrief-builders'

const EVERYTHING = { debriefs: 'all', rehearsal: true, mockInterviews: false, progress: false }

describe.each(testDatabases)('comments, ratings and assigned questions on $kind', (database) => {
  const ctx = appPerTest(database, {
    start: new Date('2026-03-10T09:00:00.000Z'),
    signUpAs: { displayName: 'Camille' },
  })
  const as = (who: SignedUpUser) => asUser(ctx.app, who)

  /** `owner` invites `invitee` with `role` and `shares`; the invitee accepts. Returns the link's id. */
  async function link(invitee: SignedUpUser, role: 'coach' | 'partner', shares: object = EVERYTHING) {
    const invited = await as(ctx.user).post('/api/sharing/invitations', { role, shares })
    expect(invited.statusCode, invited.body).toBe(201)
    const { url, link: made } = invited.json() as InvitationCreated
    const accepted = await as(invitee).post('/api/sharing/accept', { token: url.split('#')[1] })
    expect(accepted.statusCode, accepted.body).toBe(200)
    return made.id
  }

  /** The owner's interview with a debrief holding one replayed question and one lesson, and a card with one answer. */
  async function ownerThings() {
    const interview = (
      await as(ctx.user).post('/api/interviews', {
        company: 'Decathlon',
        role: 'Cheffe de projet',
        stage: 'manager',
        date: '2026-03-09T14:00:00Z',
      })
    ).json().interview.id as string
    const saved = await as(ctx.user).put(`/api/interviews/${interview}/debrief`, {
      version: 0,
      debrief: {
        ...emptyDebrief(),
        questions: [replayedQuestion('q1', { question: 'Parlez-moi d’un échec.' })],
        lessons: [{ id: 'l1', text: 'Préparer un exemple chiffré', actions: [] }],
      },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    const card = (
      await as(ctx.user).post('/api/rehearsal/cards', {
        lang: 'fr',
        question: 'Pourquoi ce poste ?',
        hint: '',
      })
    ).json().card.id as string
    const attempt = (
      await as(ctx.user).post(`/api/rehearsal/cards/${card}/attempts`, {
        text: 'J’ai mené la refonte du site en quatre mois, avec une équipe de six.',
        grade: 'good',
      })
    ).json().attempt.id as string
    return { interview, card, attempt }
  }

  const stepAnchor = (interview: string, step = 'replay') => ({ kind: 'debrief_step', id: interview, step })
  const rating = (card: string, attempt: string, scores: object = {}) => ({
    cardId: card,
    attemptId: attempt,
    structure: 4,
    clarity: 3,
    results: 2,
    assertiveness: 4,
    note: 'Donnez un chiffre de résultat.',
    ...scores,
  })

  it('a coach comments, rates and assigns; the owner sees it on Home, replies, marks it read and makes a lesson of it', async () => {
    const sam = await signUp(ctx.app, { displayName: 'Sam' })
    const linkId = await link(sam, 'coach')
    const { interview, card, attempt } = await ownerThings()

    const commented = await as(sam).post(`/api/sharing/received/${linkId}/comments`, {
      anchor: { kind: 'question', id: interview, step: 'q1' },
      body: '  <b>Bonne</b> reprise : dites ce que vous avez appris.  ',
    })
    expect(commented.statusCode, commented.body).toBe(201)
    const comment = commented.json().comment
    expect(comment).toMatchObject({
      author: { displayName: 'Sam', role: 'coach' },
      mine: true,
      anchor: { kind: 'question', id: interview, step: 'q1' },
      parentId: null,
      // Kept as typed (trimmed): text, never markup.
      body: '<b>Bonne</b> reprise : dites ce que vous avez appris.',
      readAt: null,
      convertedTo: null,
    })

    const rated = await as(sam).post(`/api/sharing/received/${linkId}/ratings`, rating(card, attempt))
    expect(rated.statusCode, rated.body).toBe(200)
    expect(rated.json().rating).toMatchObject({ structure: 4, results: 2, mean: 3.3, attemptId: attempt })
    // Rating the same answer again replaces the rating.
    const again = await as(sam).post(
      `/api/sharing/received/${linkId}/ratings`,
      rating(card, attempt, { results: 4, note: 'Mieux.' }),
    )
    expect(again.json().rating).toMatchObject({ id: rated.json().rating.id, results: 4, mean: 3.8 })

    const assigned = await as(sam).post(`/api/sharing/received/${linkId}/assignments`, {
      question: 'Quel résultat chiffré mettriez-vous en avant ?',
      interviewId: interview,
    })
    expect(assigned.statusCode, assigned.body).toBe(201)
    const assignedCard = assigned.json().assignment.cardId as string
    // The question is in the owner's deck, due now, tied to the interview.
    const deckCard = (await as(ctx.user).get(`/api/rehearsal/cards/${assignedCard}`)).json().card
    expect(deckCard).toMatchObject({
      question: 'Quel résultat chiffré mettriez-vous en avant ?',
      interviewId: interview,
      lang: 'fr',
      source: 'own',
    })
    expect(
      (await as(ctx.user).get('/api/rehearsal/queue')).json().due.map((c: { id: string }) => c.id),
    ).toContain(assignedCard)

    const home = (await as(ctx.user).get('/api/home')).json().coachFeedback
    expect(home.unread).toBe(3)
    expect(home.latest.map((l: { kind: string }) => l.kind).sort()).toEqual([
      'assignment',
      'comment',
      'rating',
    ])

    // The owner's view of the debrief: the comment; of the card: the rating.
    const onDebrief = (await as(ctx.user).get(`/api/sharing/feedback?interviewId=${interview}`)).json()
    expect(onDebrief.comments.map((c: { id: string }) => c.id)).toEqual([comment.id])
    expect(onDebrief.comments[0].mine).toBe(false)
    expect(onDebrief.ratings).toEqual([])
    const onCard = (await as(ctx.user).get(`/api/sharing/feedback?cardId=${card}`)).json()
    expect(onCard.comments).toEqual([])
    expect(onCard.ratings).toHaveLength(1)

    ctx.clock.advance(60_000)
    const replied = await as(ctx.user).post('/api/sharing/feedback/replies', {
      parentId: comment.id,
      body: 'Merci, je le prépare.',
    })
    expect(replied.statusCode, replied.body).toBe(201)
    expect(replied.json().comment).toMatchObject({
      parentId: comment.id,
      author: { displayName: 'Camille', role: 'owner' },
      anchor: comment.anchor,
    })
    // The coach sees the owner's reply in the link's thread; a reply to a reply hangs on the thread.
    const thread = (
      await as(sam).get(`/api/sharing/received/${linkId}/feedback?interviewId=${interview}`)
    ).json()
    expect(thread.comments.map((c: { body: string }) => c.body)).toEqual([
      comment.body,
      'Merci, je le prépare.',
    ])
    ctx.clock.advance(60_000)
    const coachReply = await as(sam).post(`/api/sharing/received/${linkId}/comments`, {
      parentId: replied.json().comment.id,
      body: 'Parfait.',
    })
    expect(coachReply.json().comment.parentId).toBe(comment.id)

    const read = await as(ctx.user).post('/api/sharing/feedback/read', {
      commentIds: [comment.id, coachReply.json().comment.id],
      ratingIds: [rated.json().rating.id],
      cardIds: [assignedCard],
    })
    expect(read.statusCode).toBe(204)
    expect((await as(ctx.user).get('/api/home')).json().coachFeedback).toEqual({ unread: 0, latest: [] })

    const converted = await as(ctx.user).post('/api/sharing/feedback/convert', {
      commentId: comment.id,
      to: 'lesson',
    })
    expect(converted.statusCode, converted.body).toBe(200)
    expect(converted.json()).toMatchObject({
      interviewId: interview,
      comment: { convertedTo: { kind: 'lesson' } },
    })
    const lessons = (await as(ctx.user).get(`/api/interviews/${interview}/debrief`)).json().debrief.lessons
    expect(lessons.map((l: { text: string }) => l.text)).toEqual([
      'Préparer un exemple chiffré',
      '<b>Bonne</b> reprise : dites ce que vous avez appris.',
    ])
    expect(lessons[1].id).toBe(converted.json().comment.convertedTo.id)
    // Once only.
    const twice = await as(ctx.user).post('/api/sharing/feedback/convert', {
      commentId: comment.id,
      to: 'lesson',
    })
    expect(twice.statusCode).toBe(409)

    // An answer's comment becomes an action of a lesson of its card's interview… when the card has one.
    const onAnswer = await as(sam).post(`/api/sharing/received/${linkId}/comments`, {
      anchor: { kind: 'answer', id: assignedCard, step: 'none' },
      body: 'x',
    })
    expect(onAnswer.statusCode).toBe(404)
    const onStep = (
      await as(sam).post(`/api/sharing/received/${linkId}/comments`, {
        anchor: stepAnchor(interview, 'lessons'),
        body: 'Ajoutez une action concrète : relire vos chiffres la veille.',
      })
    ).json().comment
    const action = await as(ctx.user).post('/api/sharing/feedback/convert', {
      commentId: onStep.id,
      to: 'action',
      lessonId: 'l1',
      text: 'Relire mes chiffres la veille',
    })
    expect(action.statusCode, action.body).toBe(200)
    const after = (await as(ctx.user).get(`/api/interviews/${interview}/debrief`)).json().debrief
    expect(after.lessons[0].actions).toEqual([
      {
        id: action.json().comment.convertedTo.id,
        text: 'Relire mes chiffres la veille',
        status: 'open',
        checkBeforeNext: false,
      },
    ])
    const unknownLesson = await as(ctx.user).post('/api/sharing/feedback/convert', {
      commentId: (
        await as(sam).post(`/api/sharing/received/${linkId}/comments`, {
          anchor: stepAnchor(interview),
          body: 'y',
        })
      ).json().comment.id,
      to: 'action',
      lessonId: 'nope',
    })
    expect(unknownLesson.statusCode).toBe(400)
    expect(Object.keys(unknownLesson.json().error.fields)).toEqual(['lessonId'])
  })

  it('answers 404 to everyone the link does not let do it, and the same as for things that do not exist', async () => {
    const sam = await signUp(ctx.app, { displayName: 'Sam' })
    const lou = await signUp(ctx.app, { displayName: 'Lou' })
    const narrow = await signUp(ctx.app, { displayName: 'Nour' })
    const stranger = await signUp(ctx.app, { displayName: 'Alex' })
    const coachLink = await link(sam, 'coach')
    const partnerLink = await link(lou, 'partner')
    const narrowLink = await link(narrow, 'coach', {
      debriefs: 'none',
      rehearsal: false,
      mockInterviews: false,
      progress: true,
    })
    const { interview, card, attempt } = await ownerThings()
    const comment = { anchor: stepAnchor(interview), body: 'Bien.' }
    const assignment = { question: 'Pourquoi nous ?' }

    // The partner comments but neither rates nor assigns.
    expect((await as(lou).post(`/api/sharing/received/${partnerLink}/comments`, comment)).statusCode).toBe(
      201,
    )
    expect(
      (await as(lou).post(`/api/sharing/received/${partnerLink}/ratings`, rating(card, attempt))).statusCode,
    ).toBe(404)
    expect(
      (await as(lou).post(`/api/sharing/received/${partnerLink}/assignments`, assignment)).statusCode,
    ).toBe(404)

    // A coach whose link shares neither debriefs nor rehearsal: nothing.
    for (const [path, body] of [
      ['comments', comment],
      ['ratings', rating(card, attempt)],
      ['assignments', assignment],
    ] as const) {
      expect((await as(narrow).post(`/api/sharing/received/${narrowLink}/${path}`, body)).statusCode).toBe(
        404,
      )
      // Someone else's link, the owner on their own link, a stranger: 404.
      for (const who of [narrow, ctx.user, stranger]) {
        expect((await as(who).post(`/api/sharing/received/${coachLink}/${path}`, body)).statusCode).toBe(404)
      }
    }
    // Anchors that are not the owner's answer as made-up ones.
    const other = await signUp(ctx.app)
    const otherInterview = (
      await as(other).post('/api/interviews', {
        company: 'X',
        role: 'Y',
        stage: 'hr',
        date: '2026-03-01T10:00:00Z',
      })
    ).json().interview.id
    for (const anchor of [
      stepAnchor(otherInterview),
      stepAnchor('made-up'),
      stepAnchor(interview, 'summary'),
      { kind: 'question', id: interview, step: 'q-unknown' },
      { kind: 'answer', id: card, step: 'made-up' },
    ]) {
      const response = await as(sam).post(`/api/sharing/received/${coachLink}/comments`, {
        anchor,
        body: 'z',
      })
      expect(response.statusCode, JSON.stringify(anchor)).toBe(404)
    }
    // The stranger and the coach see none of the owner's feedback list; only the owner does.
    expect((await as(stranger).get('/api/sharing/feedback')).json().comments).toEqual([])
    expect((await as(stranger).get(`/api/sharing/received/${coachLink}/feedback`)).statusCode).toBe(404)
    // The coach's thread holds only their link's comments, not the partner's.
    expect((await as(sam).get(`/api/sharing/received/${coachLink}/feedback`)).json().comments).toEqual([])
    // Nobody but the owner replies or converts.
    const partnerComment = (await as(ctx.user).get('/api/sharing/feedback')).json().comments[0].id
    for (const who of [sam, lou, stranger]) {
      expect(
        (await as(who).post('/api/sharing/feedback/replies', { parentId: partnerComment, body: 'a' }))
          .statusCode,
      ).toBe(404)
      expect(
        (await as(who).post('/api/sharing/feedback/convert', { commentId: partnerComment, to: 'lesson' }))
          .statusCode,
      ).toBe(404)
    }
    // Marking someone else's comment read changes nothing.
    await as(stranger).post('/api/sharing/feedback/read', { commentIds: [partnerComment] })
    expect((await as(ctx.user).get('/api/home')).json().coachFeedback.unread).toBe(1)

    // Signed out: 401 everywhere.
    for (const url of [
      `/api/sharing/received/${coachLink}/comments`,
      '/api/sharing/feedback/replies',
      '/api/sharing/feedback/read',
      '/api/sharing/feedback/convert',
    ]) {
      expect((await ctx.app.inject({ method: 'POST', url, payload: {} })).statusCode).toBe(401)
    }
  })

  it('after the link ends: the next request is 404, the owner keeps what was said, and cannot reply into it', async () => {
    const sam = await signUp(ctx.app, { displayName: 'Sam' })
    const linkId = await link(sam, 'coach')
    const { interview } = await ownerThings()
    const first = await as(sam).post(`/api/sharing/received/${linkId}/comments`, {
      anchor: stepAnchor(interview),
      body: 'Avant la fin.',
    })
    expect(first.statusCode).toBe(201)
    expect((await as(ctx.user).post(`/api/sharing/links/${linkId}/end`, {})).statusCode).toBe(204)
    const after = await as(sam).post(`/api/sharing/received/${linkId}/comments`, {
      anchor: stepAnchor(interview),
      body: 'Après la fin.',
    })
    expect(after.statusCode).toBe(404)
    expect((await as(sam).get(`/api/sharing/received/${linkId}/feedback`)).statusCode).toBe(404)
    expect(
      (await as(sam).post(`/api/sharing/received/${linkId}/assignments`, { question: 'Q ?' })).statusCode,
    ).toBe(404)
    const kept = (await as(ctx.user).get('/api/sharing/feedback')).json().comments
    expect(kept.map((c: { body: string }) => c.body)).toEqual(['Avant la fin.'])
    const reply = await as(ctx.user).post('/api/sharing/feedback/replies', {
      parentId: first.json().comment.id,
      body: 'Merci',
    })
    expect(reply.statusCode).toBe(404)
  })

  it('the same rating sent eight times at once is kept once; one invitation accepted by eight people at once goes to one', async () => {
    const sam = await signUp(ctx.app, { displayName: 'Sam' })
    const linkId = await link(sam, 'coach')
    const { card, attempt } = await ownerThings()
    const sent = await Promise.all(
      Array.from({ length: 8 }, () =>
        as(sam).post(`/api/sharing/received/${linkId}/ratings`, rating(card, attempt)),
      ),
    )
    expect(sent.map((r) => r.statusCode).filter((code) => code >= 300)).toEqual([])
    const onCard = (await as(ctx.user).get(`/api/sharing/feedback?cardId=${card}`)).json()
    expect(onCard.ratings).toHaveLength(1)
    expect(new Set(sent.map((r) => r.json().rating.id))).toEqual(new Set([onCard.ratings[0].id]))

    const invited = await as(ctx.user).post('/api/sharing/invitations', {
      role: 'partner',
      shares: EVERYTHING,
    })
    const token = (invited.json() as InvitationCreated).url.split('#')[1]
    const people = await Promise.all(Array.from({ length: 8 }, () => signUp(ctx.app)))
    const answers = await Promise.all(people.map((who) => as(who).post('/api/sharing/accept', { token })))
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 410, 410, 410, 410, 410, 410, 410])
    const links = (await as(ctx.user).get('/api/sharing/links')).json().owned
    const partner = links.find((l: { id: string }) => l.id === (invited.json() as InvitationCreated).link.id)
    expect(partner.state).toBe('active')
  })

  it('refuses bad input field by field', async () => {
    const sam = await signUp(ctx.app, { displayName: 'Sam' })
    const linkId = await link(sam, 'coach')
    const { interview, card, attempt } = await ownerThings()
    const fieldsOf = async (path: string, body: object, who: SignedUpUser = sam) => {
      const response = await as(who).post(path, body)
      expect(response.statusCode, response.body).toBe(400)
      expect(response.json().error.code).toBe('validation_failed')
      return Object.keys(response.json().error.fields).sort()
    }
    const comments = `/api/sharing/received/${linkId}/comments`
    expect(await fieldsOf(comments, { anchor: stepAnchor(interview), body: '   ' })).toEqual(['body'])
    expect(
      await fieldsOf(comments, {
        anchor: stepAnchor(interview),
        body: 'x'.repeat(REVIEW_LIMITS.comment + 1),
      }),
    ).toEqual(['body'])
    expect(await fieldsOf(comments, { body: 'Sans ancre' })).toEqual(['anchor'])
    expect(
      await fieldsOf(comments, { anchor: { kind: 'elsewhere', id: interview, step: 'replay' }, body: 'a' }),
    ).toEqual(['anchor.kind'])
    const ratings = `/api/sharing/received/${linkId}/ratings`
    expect(await fieldsOf(ratings, rating(card, attempt, { structure: 0, clarity: 6 }))).toEqual([
      'clarity',
      'structure',
    ])
    expect(await fieldsOf(ratings, rating(card, attempt, { results: 2.5 }))).toEqual(['results'])
    expect(
      await fieldsOf(ratings, rating(card, attempt, { note: 'x'.repeat(REVIEW_LIMITS.ratingNote + 1) })),
    ).toEqual(['note'])
    expect(await fieldsOf(`/api/sharing/received/${linkId}/assignments`, { question: '' })).toEqual([
      'question',
    ])
    expect(await fieldsOf('/api/sharing/feedback/replies', { parentId: 'x', body: '' }, ctx.user)).toEqual([
      'body',
    ])
    expect(await fieldsOf('/api/sharing/feedback/convert', { commentId: 'x', to: 'poem' }, ctx.user)).toEqual(
      ['to'],
    )
    // Deeply nested JSON is refused before any route sees it, as a 400, never a 500.
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`
    const nested = await ctx.app.inject({
      method: 'POST',
      url: comments,
      headers: { cookie: sam.cookie, 'content-type': 'application/json' },
      payload: deep,
    })
    expect(nested.statusCode).toBe(400)
  })
})
