import type { FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import { emptyDebrief } from '../../../domain/debrief'
import type { InvitationCreated } from '../../../shared/schemas/sharing'
import {
  asUser,
  captureInterview,
  createTestApp,
  type SignedUpUser,
  signUp,
  testClock,
} from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

const NOTHING = { debriefs: 'none', rehearsal: false, mockInterviews: false, progress: false }

describe.each(testDatabases)('what a link shares, read by its invitee, on $kind', (database) => {
  let app: FastifyInstance
  afterEach(async () => {
    await app?.close()
  })

  /** Camille (the owner) with two debriefed interviews, a practised question and a mood; Sam and a stranger. */
  async function world() {
    app = await createTestApp(database, { now: testClock(new Date('2026-03-02T09:00:00.000Z')).now })
    const camille = await signUp(app, { displayName: 'Camille' })
    const sam = await signUp(app, { displayName: 'Sam' })
    const stranger = await signUp(app, { displayName: 'Alex' })
    const as = (who: SignedUpUser) => asUser(app, who)
    const shared = await captureInterview(app, camille, {
      company: 'Decathlon',
      role: 'Cheffe de projet',
      stage: 'hr',
      date: '2026-02-27T10:00:00.000Z',
    })
    const kept = await captureInterview(app, camille, {
      company: 'Leroy Merlin',
      role: 'Cheffe de projet',
      stage: 'manager',
      date: '2026-02-20T10:00:00.000Z',
    })
    for (const [interview, note] of [
      [shared, 'Trop long sur mon parcours'],
      [kept, 'Question salaire ratée'],
    ] as const) {
      const debrief = { ...emptyDebrief(), feelings: { emotions: [], wentWell: '', note } }
      const saved = await as(camille).put(`/api/interviews/${interview.interview.id}/debrief`, {
        version: 0,
        debrief,
      })
      expect(saved.statusCode, saved.body).toBe(200)
    }
    const { card } = (
      await as(camille).post('/api/rehearsal/cards', { question: 'Parlez-moi d’un échec.', lang: 'fr' })
    ).json()
    const attempt = await as(camille).post(`/api/rehearsal/cards/${card.id}/attempts`, {
      text: 'J’ai raté un lancement, puis j’ai revu le planning avec l’équipe et livré en mars.',
      grade: 'good',
    })
    expect(attempt.statusCode, attempt.body).toBe(201)
    expect((await as(camille).post('/api/moods', { mood: 2, note: 'Journée lourde' })).statusCode).toBe(201)

    async function link(shares: object, invitee = sam): Promise<string> {
      const made = await as(camille).post('/api/sharing/invitations', { role: 'coach', shares })
      expect(made.statusCode, made.body).toBe(201)
      const token = (made.json() as InvitationCreated).url.split('#')[1] as string
      const accepted = await as(invitee).post('/api/sharing/accept', { token })
      expect(accepted.statusCode, accepted.body).toBe(200)
      return (made.json() as InvitationCreated).link.id
    }
    return {
      camille,
      sam,
      stranger,
      as,
      shared: shared.interview.id,
      kept: kept.interview.id,
      card,
      attempt: attempt.json().attempt.id as string,
      link,
    }
  }

  /** The owner's recording of an attempt, as the rehearsal page stores it. */
  async function record(who: SignedUpUser, attemptId: string, contentType: string, bytes: number[]) {
    const stored = await app.inject({
      method: 'PUT',
      url: `/api/rehearsal/attempts/${attemptId}/audio`,
      headers: { cookie: who.cookie, 'content-type': contentType },
      payload: Buffer.from(bytes),
    })
    expect(stored.statusCode, stored.body).toBe(204)
  }

  /** The kinds and items the owner's access log names, newest first. */
  async function logOf(who: SignedUpUser, linkId: string) {
    const log = await asUser(app, who).get(`/api/sharing/links/${linkId}/log`)
    expect(log.statusCode, log.body).toBe(200)
    return (log.json().entries as Array<{ resourceKind: string; resourceId: string | null }>).map(
      (e) => `${e.resourceKind}:${e.resourceId ?? ''}`,
    )
  }

  it('shows the invitee the chosen debrief read-only, and nothing the link does not share', async () => {
    const { camille, sam, stranger, as, shared, kept, link } = await world()
    const linkId = await link({ ...NOTHING, debriefs: 'selected', interviewIds: [shared] })

    const list = await as(sam).get(`/api/sharing/received/${linkId}/interviews`)
    expect(list.statusCode, list.body).toBe(200)
    expect(list.json().interviews.map((i: { id: string; company: string }) => [i.id, i.company])).toEqual([
      [shared, 'Decathlon'],
    ])
    expect(list.body).not.toContain('Leroy Merlin')
    expect(list.json().link.owner).toEqual({ displayName: 'Camille', language: 'fr' })
    // The owner's language as it is now: their words are marked with it on the invitee's pages.
    expect((await as(camille).patch('/api/me', { language: 'en' })).statusCode).toBe(200)
    const again = await as(sam).get(`/api/sharing/received/${linkId}/interviews`)
    expect(again.json().link.owner).toEqual({ displayName: 'Camille', language: 'en' })

    const one = await as(sam).get(`/api/sharing/received/${linkId}/interviews/${shared}`)
    expect(one.statusCode, one.body).toBe(200)
    expect(one.json()).toMatchObject({
      interview: { id: shared, company: 'Decathlon', role: 'Cheffe de projet', stage: 'hr' },
      debrief: { feelings: { note: 'Trop long sur mon parcours' } },
    })
    // The application's own notes are not part of what a debrief shares.
    expect(one.json().interview).not.toHaveProperty('notes')

    // Not shared, not existing, not theirs: one answer.
    for (const url of [
      `/api/sharing/received/${linkId}/interviews/${kept}`,
      `/api/sharing/received/${linkId}/interviews/no-such-interview`,
      `/api/sharing/received/${linkId}/rehearsal`,
      `/api/sharing/received/${linkId}/mock-interviews`,
      `/api/sharing/received/${linkId}/progress`,
    ]) {
      const refused = await as(sam).get(url)
      expect([url, refused.statusCode, refused.json().error.code]).toEqual([url, 404, 'not_found'])
      expect(refused.body).not.toContain('Leroy Merlin')
    }
    // The owner reads their own things in their own pages, not through the link; a stranger not at all.
    for (const who of [camille, stranger]) {
      expect((await as(who).get(`/api/sharing/received/${linkId}/interviews/${shared}`)).statusCode).toBe(404)
      expect((await as(who).get(`/api/sharing/received/${linkId}/interviews`)).statusCode).toBe(404)
    }
    // Signed out: sign in first.
    const anonymous = await app.inject({ method: 'GET', url: `/api/sharing/received/${linkId}/interviews` })
    expect(anonymous.statusCode).toBe(401)

    // Each opening is in the owner's access log: the owner's list shows the last look.
    const owned = (await as(camille).get('/api/sharing/links')).json().owned
    expect(owned[0].lastLookedAt).toBe('2026-03-02T09:00:00.000Z')
    // The owner reads what was opened, naming the debrief; nobody else reads the log.
    const log = await as(camille).get(`/api/sharing/links/${linkId}/log`)
    expect(log.statusCode, log.body).toBe(200)
    const entries = log.json().entries as Array<{
      resourceKind: string
      resourceId: string | null
      title: string | null
    }>
    expect(entries.filter((e) => e.resourceKind === 'debrief').map((e) => [e.resourceId, e.title])).toEqual(
      expect.arrayContaining([
        [shared, 'Decathlon — Cheffe de projet'],
        [null, null],
      ]),
    )
    // Refused reads are not openings.
    expect(entries.some((e) => e.resourceId === kept)).toBe(false)
    for (const who of [sam, stranger]) {
      expect((await as(who).get(`/api/sharing/links/${linkId}/log`)).statusCode).toBe(404)
    }
  })

  it('stops at the next request once the owner ends the link', async () => {
    const { camille, sam, as, shared, link } = await world()
    const linkId = await link({ debriefs: 'all', rehearsal: true, mockInterviews: true, progress: true })
    const url = `/api/sharing/received/${linkId}/interviews/${shared}`
    expect((await as(sam).get(url)).statusCode).toBe(200)
    expect((await as(camille).post(`/api/sharing/links/${linkId}/end`, {})).statusCode).toBe(204)
    for (const path of ['interviews', `interviews/${shared}`, 'rehearsal', 'mock-interviews', 'progress']) {
      const after = await as(sam).get(`/api/sharing/received/${linkId}/${path}`)
      expect([path, after.statusCode]).toEqual([path, 404])
    }
  })

  it('shows practice answers with their attempts, and progress without the mood log unless it is shared', async () => {
    const { sam, stranger, as, card, link } = await world()
    const linkId = await link({ ...NOTHING, rehearsal: true, progress: true })
    const rehearsal = await as(sam).get(`/api/sharing/received/${linkId}/rehearsal`)
    expect(rehearsal.statusCode, rehearsal.body).toBe(200)
    expect(rehearsal.json().cards).toHaveLength(1)
    expect(rehearsal.json().cards[0]).toMatchObject({
      card: { id: card.id, question: 'Parlez-moi d’un échec.', attemptCount: 1 },
      attempts: [{ text: expect.stringContaining('J’ai raté un lancement'), hasAudio: false }],
    })
    const progress = await as(sam).get(`/api/sharing/received/${linkId}/progress`)
    expect(progress.statusCode, progress.body).toBe(200)
    expect(progress.json().progress).toMatchObject({
      totals: { interviews: 2, debriefs: 2, attempts: 1 },
      moods: [],
    })
    expect(progress.body).not.toContain('Journée lourde')
    expect(progress.body).not.toContain('Decathlon')
    expect((await as(sam).get(`/api/sharing/received/${linkId}/interviews`)).statusCode).toBe(404)

    const withMoods = await link({ ...NOTHING, progress: true, moods: true }, stranger)
    const moods = await as(stranger).get(`/api/sharing/received/${withMoods}/progress`)
    expect(moods.json().progress.moods).toHaveLength(1)
    // Alex's link is Alex's: Sam cannot read through it.
    expect((await as(sam).get(`/api/sharing/received/${withMoods}/progress`)).statusCode).toBe(404)
  })

  it('reads the mood log on its own when a link shares the moods without Progress, and logs the opening', async () => {
    const { camille, sam, stranger, as, link } = await world()
    const moodsOnly = await link({ ...NOTHING, moods: true })
    const moods = await as(sam).get(`/api/sharing/received/${moodsOnly}/moods`)
    expect(moods.statusCode, moods.body).toBe(200)
    expect(moods.json().moods).toMatchObject([{ mood: 2, note: 'Journée lourde' }])
    // Only the moods: the Progress figures stay the owner's.
    expect((await as(sam).get(`/api/sharing/received/${moodsOnly}/progress`)).statusCode).toBe(404)
    const log = await as(camille).get(`/api/sharing/links/${moodsOnly}/log`)
    expect(log.json().entries.map((e: { resourceKind: string }) => e.resourceKind)).toContain('mood_log')

    // A link that shares Progress without the moods does not open them here either.
    const progressOnly = await link({ ...NOTHING, progress: true }, stranger)
    expect((await as(stranger).get(`/api/sharing/received/${progressOnly}/moods`)).statusCode).toBe(404)
  })

  it('plays a practice recording to the invitee of a link that shares rehearsal, and to nobody else', async () => {
    const { camille, sam, stranger, as, attempt, link } = await world()
    await record(camille, attempt, 'audio/ogg', [1, 2, 3, 250])
    const linkId = await link({ ...NOTHING, rehearsal: true })
    const url = `/api/sharing/received/${linkId}/rehearsal/attempts/${attempt}/audio`

    const rehearsal = await as(sam).get(`/api/sharing/received/${linkId}/rehearsal`)
    expect(rehearsal.json().cards[0].attempts[0]).toMatchObject({ id: attempt, hasAudio: true })
    const played = await as(sam).get(url)
    expect(played.statusCode, played.body).toBe(200)
    expect(played.headers['content-type']).toBe('audio/ogg')
    expect(played.headers['cache-control']).toBe('private, no-store')
    expect([...played.rawPayload]).toEqual([1, 2, 3, 250])
    expect(await logOf(camille, linkId)).toContain(`rehearsal_recording:${attempt}`)

    // A link without rehearsal, a made-up attempt, the owner, a stranger: one answer, and no opening noted.
    const narrow = await link({ ...NOTHING, progress: true }, stranger)
    for (const [who, address] of [
      [stranger, `/api/sharing/received/${narrow}/rehearsal/attempts/${attempt}/audio`],
      [sam, `/api/sharing/received/${linkId}/rehearsal/attempts/no-such-attempt/audio`],
      [camille, url],
      [stranger, url],
    ] as const) {
      const refused = await as(who).get(address)
      expect([address, refused.statusCode, refused.json().error.code]).toEqual([address, 404, 'not_found'])
    }
    expect(await logOf(camille, narrow)).toEqual([])

    // Once the owner deletes the recording, it is gone for the invitee too.
    expect((await as(camille).delete(`/api/rehearsal/attempts/${attempt}/audio`)).statusCode).toBe(204)
    expect((await as(sam).get(url)).statusCode).toBe(404)
    // And once the link ends, nothing plays.
    await record(camille, attempt, 'audio/webm', [9])
    expect((await as(sam).get(url)).statusCode).toBe(200)
    expect((await as(camille).post(`/api/sharing/links/${linkId}/end`, {})).statusCode).toBe(204)
    expect((await as(sam).get(url)).statusCode).toBe(404)
  })

  it('shows rebound plans, their steps and status, only through a link that shares them', async () => {
    const { camille, sam, stranger, as, kept, link } = await world()
    const started = await as(camille).post('/api/rebounds', { interviewId: kept, markRejected: true })
    expect(started.statusCode, started.body).toBe(201)
    const rebound = started.json()
    const steps = rebound.steps.map((step: object, i: number) => ({ ...step, done: i === 0 }))
    const updated = await as(camille).patch(`/api/rebounds/${rebound.id}`, {
      mood: 1,
      learned: 'Préparer la question sur le salaire.',
      steps,
      closed: true,
    })
    expect(updated.statusCode, updated.body).toBe(200)

    const linkId = await link({ ...NOTHING, rebounds: true })
    const url = `/api/sharing/received/${linkId}/rebounds`
    const read = await as(sam).get(url)
    expect(read.statusCode, read.body).toBe(200)
    expect(read.json().rebounds).toEqual([
      {
        id: rebound.id,
        company: 'Leroy Merlin',
        role: 'Cheffe de projet',
        steps,
        createdAt: '2026-03-02T09:00:00.000Z',
        updatedAt: '2026-03-02T09:00:00.000Z',
        closedAt: '2026-03-02T09:00:00.000Z',
      },
    ])
    // The mood noted and the words on what was learned stay Camille's.
    expect(read.body).not.toContain('Préparer la question')
    expect(read.json().rebounds[0]).not.toHaveProperty('mood')
    expect(await logOf(camille, linkId)).toContain('rebound_plan:')

    const without = await link({ ...NOTHING, rehearsal: true, progress: true, moods: true }, stranger)
    for (const [who, address] of [
      [stranger, `/api/sharing/received/${without}/rebounds`],
      [stranger, url],
      [camille, url],
    ] as const) {
      const refused = await as(who).get(address)
      expect([address, refused.statusCode]).toEqual([address, 404])
      expect(refused.body).not.toContain('Leroy Merlin')
    }
    expect((await as(camille).post(`/api/sharing/links/${linkId}/end`, {})).statusCode).toBe(204)
    expect((await as(sam).get(url)).statusCode).toBe(404)
  })
})
