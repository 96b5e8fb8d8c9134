import type { FastifyInstance } from 'fastify'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { emptyDebrief } from '../../../domain/debrief'
import { feedbackFileSchema } from '../../../shared/schemas/export-feedback'
import type { InvitationCreated } from '../../../shared/schemas/sharing'
import type { DatabaseHandle } from '../../db/connection'
import { asUser, createTestApp, type SignedUpUser, signUp, testClock } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'
import { replayedQuestion } from '../../test-support/debrief-builders'
import { exportOf, postImport } from '../../test-support/export-content'

const EVERYTHING = { debriefs: 'all', rehearsal: true, mockInterviews: false, progress: false }
const SHARING_TABLES = ['sharing_comments', 'sharing_ratings', 'sharing_assignments'] as const

/** Every row of the three sharing tables in the database, whoever owns it. */
async function sharingRows(handle: DatabaseHandle): Promise<number> {
  let total = 0
  for (const table of SHARING_TABLES) {
    const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(
      handle.db,
    )
    total += Number(result.rows[0]?.n ?? 0)
  }
  return total
}

describe.each(testDatabases)('the feedback of coaches and partners in the export, on $kind', (database) => {
  const opened: { app: FastifyInstance; handle: DatabaseHandle }[] = []
  afterEach(async () => {
    for (const { app } of opened.splice(0)) await app.close()
  })
  const clock = testClock(new Date('2026-03-10T09:00:00.000Z'))
  /** An app on a database of its own: another Rebond, where none of the first one's people exist. */
  async function instance() {
    const handle = await database.open()
    const app = await createTestApp({ kind: database.kind, open: async () => handle }, { now: clock.now })
    opened.push({ app, handle })
    return { app, handle }
  }

  /**
   * Camille shares with Sam (coach) and Pat (practice partner). Sam comments on a replayed question,
   * Camille replies and makes the comment a lesson, Sam rates an answer and assigns a question, Pat
   * comments on the answer. Elsewhere, Dominique shares with Camille, who comments on Dominique's
   * debrief and gets a reply: feedback on someone else's things, not Camille's.
   */
  async function history(app: FastifyInstance) {
    const as = (who: SignedUpUser) => asUser(app, who)
    const ok = async <T>(response: Promise<{ statusCode: number; body: string; json: () => T }>) => {
      const r = await response
      if (r.statusCode >= 300) throw new Error(`${r.statusCode}: ${r.body}`)
      clock.advance(60_000)
      return (r.body === '' ? undefined : r.json()) as T
    }
    const camille = await signUp(app, { displayName: 'Camille' })
    const sam = await signUp(app, { displayName: 'Sam', email: `sam-${Date.now()}@coach.example` })
    const pat = await signUp(app, { displayName: 'Pat', email: `pat-${Date.now()}@partner.example` })
    const dominique = await signUp(app, { displayName: 'Dominique' })
    async function link(owner: SignedUpUser, invitee: SignedUpUser, role: 'coach' | 'partner') {
      const invited = (await ok(
        as(owner).post('/api/sharing/invitations', { role, shares: EVERYTHING }),
      )) as InvitationCreated
      await ok(as(invitee).post('/api/sharing/accept', { token: invited.url.split('#')[1] }))
      return invited.link.id
    }
    async function interviewWithDebrief(who: SignedUpUser, company: string) {
      const { interview } = await ok<{ interview: { id: string } }>(
        as(who).post('/api/interviews', {
          company,
          role: 'Cheffe de projet',
          stage: 'manager',
          date: '2026-03-09T14:00:00Z',
        }),
      )
      await ok(
        as(who).put(`/api/interviews/${interview.id}/debrief`, {
          version: 0,
          debrief: {
            ...emptyDebrief(),
            questions: [replayedQuestion('q1', { question: 'Parlez-moi d’un échec.' })],
            lessons: [{ id: 'l1', text: 'Préparer un exemple chiffré', actions: [] }],
          },
        }),
      )
      return interview.id
    }

    const interview = await interviewWithDebrief(camille, 'Decathlon')
    const card = (
      await ok<{ card: { id: string } }>(
        as(camille).post('/api/rehearsal/cards', { lang: 'fr', question: 'Pourquoi ce poste ?', hint: '' }),
      )
    ).card.id
    const attempt = (
      await ok<{ attempt: { id: string } }>(
        as(camille).post(`/api/rehearsal/cards/${card}/attempts`, {
          text: 'J’ai mené la refonte du site en quatre mois, avec une équipe de six.',
          grade: 'good',
        }),
      )
    ).attempt.id
    const samLink = await link(camille, sam, 'coach')
    const patLink = await link(camille, pat, 'partner')

    type Comment = { comment: { id: string; createdAt: string; convertedTo: { id: string } | null } }
    const samComment = (
      await ok<Comment>(
        as(sam).post(`/api/sharing/received/${samLink}/comments`, {
          anchor: { kind: 'question', id: interview, step: 'q1' },
          body: 'Dites ce que vous avez appris de cet échec.',
        }),
      )
    ).comment
    const reply = (
      await ok<Comment>(
        as(camille).post('/api/sharing/feedback/replies', {
          parentId: samComment.id,
          body: 'Merci, je le prépare.',
        }),
      )
    ).comment
    const rating = (
      await ok<{ rating: { id: string; createdAt: string } }>(
        as(sam).post(`/api/sharing/received/${samLink}/ratings`, {
          cardId: card,
          attemptId: attempt,
          structure: 4,
          clarity: 3,
          results: 2,
          assertiveness: 5,
          note: 'Donnez un chiffre de résultat.',
        }),
      )
    ).rating
    const assignment = (
      await ok<{ assignment: { cardId: string; createdAt: string } }>(
        as(sam).post(`/api/sharing/received/${samLink}/assignments`, {
          question: 'Quel résultat chiffré mettriez-vous en avant ?',
          interviewId: interview,
        }),
      )
    ).assignment
    const patComment = (
      await ok<Comment>(
        as(pat).post(`/api/sharing/received/${patLink}/comments`, {
          anchor: { kind: 'answer', id: card, step: attempt },
          body: 'Plus court, peut-être ?',
        }),
      )
    ).comment
    const readAt = clock.now().toISOString()
    await ok(as(camille).post('/api/sharing/feedback/read', { commentIds: [samComment.id] }))
    const converted = (
      await ok<Comment>(
        as(camille).post('/api/sharing/feedback/convert', { commentId: samComment.id, to: 'lesson' }),
      )
    ).comment

    // Dominique's side: Camille is the coach there.
    const elsewhere = await interviewWithDebrief(dominique, 'Ailleurs SA')
    const dominiqueLink = await link(dominique, camille, 'coach')
    const onDominique = (
      await ok<Comment>(
        as(camille).post(`/api/sharing/received/${dominiqueLink}/comments`, {
          anchor: { kind: 'debrief_step', id: elsewhere, step: 'lessons' },
          body: 'Remarque pour une autre personne.',
        }),
      )
    ).comment
    await ok(
      as(dominique).post('/api/sharing/feedback/replies', {
        parentId: onDominique.id,
        body: 'Réponse d’ailleurs.',
      }),
    )

    return {
      people: { camille, sam, pat, dominique },
      links: [samLink, patLink, dominiqueLink],
      interview,
      elsewhere,
      card,
      attempt,
      samComment,
      reply,
      patComment,
      readAt,
      lessonId: converted.convertedTo?.id ?? '',
      rating,
      assignment,
    }
  }

  it('carries what was received and the replies in feedback.json, readable alone, with nothing of anyone else', async () => {
    const { app } = await instance()
    const h = await history(app)
    const files = unzipSync(await exportOf(app, h.people.camille))
    expect(Object.keys(files)).toContain('feedback.json')
    const feedback = feedbackFileSchema.parse(
      JSON.parse(strFromU8(files['feedback.json'] ?? new Uint8Array())),
    )
    const sam = { display_name: 'Sam', role: 'coach' }

    expect(feedback).toEqual({
      format: 'rebond-feedback',
      version: 1,
      exportedAt: expect.any(String),
      comments: [
        {
          id: h.samComment.id,
          anchor: { kind: 'question', item_id: h.interview, step: 'q1' },
          parent_id: null,
          body: 'Dites ce que vous avez appris de cet échec.',
          author: sam,
          created_at: h.samComment.createdAt,
          read_at: h.readAt,
          converted_to: { kind: 'lesson', id: h.lessonId },
        },
        {
          id: h.reply.id,
          anchor: { kind: 'question', item_id: h.interview, step: 'q1' },
          parent_id: h.samComment.id,
          body: 'Merci, je le prépare.',
          author: { display_name: 'Camille', role: 'owner' },
          created_at: h.reply.createdAt,
          read_at: h.reply.createdAt,
          converted_to: null,
        },
        {
          id: h.patComment.id,
          anchor: { kind: 'answer', item_id: h.card, step: h.attempt },
          parent_id: null,
          body: 'Plus court, peut-être ?',
          author: { display_name: 'Pat', role: 'partner' },
          created_at: h.patComment.createdAt,
          read_at: null,
          converted_to: null,
        },
      ],
      ratings: [
        {
          id: h.rating.id,
          card_id: h.card,
          attempt_id: h.attempt,
          structure: 4,
          clarity: 3,
          results: 2,
          assertiveness: 5,
          note: 'Donnez un chiffre de résultat.',
          author: sam,
          created_at: h.rating.createdAt,
          read_at: null,
        },
      ],
      assignments: [
        {
          card_id: h.assignment.cardId,
          question: 'Quel résultat chiffré mettriez-vous en avant ?',
          author: sam,
          created_at: h.assignment.createdAt,
          read_at: null,
        },
      ],
    })
    // The ids it names are rebond.json's: the lesson made of the comment, the card the question became.
    const rebond = JSON.parse(strFromU8(files['rebond.json'] ?? new Uint8Array()))
    const debrief = rebond.data.debriefs.find((d: { interview_id: string }) => d.interview_id === h.interview)
    expect(debrief.content.lessons.map((l: { id: string }) => l.id)).toContain(h.lessonId)
    expect(rebond.data.cards.map((c: { id: string }) => c.id)).toContain(h.assignment.cardId)

    // No one else's address, account or link, nor what Camille and Dominique said on Dominique's things.
    const { sam: s, pat, dominique } = h.people
    const secrets = [s.email, s.id, pat.email, pat.id, dominique.email, dominique.id, ...h.links, h.elsewhere]
    for (const [name, bytes] of Object.entries(files)) {
      const text = Buffer.from(bytes)
      for (const secret of [...secrets, 'Dominique', 'Ailleurs', 'autre personne'])
        expect(text.includes(secret), `${secret} in ${name}`).toBe(false)
    }
  })

  it('imports elsewhere without re-creating it: counted, said, no sharing row; its lessons and cards come along', async () => {
    const first = await instance()
    const h = await history(first.app)
    const zip = await exportOf(first.app, h.people.camille)
    const found = { comments: 3, ratings: 1, assignments: 1 }

    // Another Rebond, where Sam, Pat and the links do not exist.
    const other = await instance()
    const newcomer = await signUp(other.app, { displayName: 'Camille' })
    const preview = await postImport(other.app, newcomer, zip, '?dryRun=true')
    expect(preview.statusCode, preview.body).toBe(200)
    expect(preview.json().sharedFeedback).toEqual(found)
    const imported = await postImport(other.app, newcomer, zip)
    expect(imported.statusCode, imported.body).toBe(200)
    expect(imported.json().sharedFeedback).toEqual(found)
    expect(await sharingRows(other.handle)).toBe(0)

    // The lesson Camille made of Sam's comment is an ordinary lesson of the imported debrief…
    const as = asUser(other.app, newcomer)
    const [interview] = (await as.get('/api/interviews')).json().interviews
    const debrief = (await as.get(`/api/interviews/${interview.id}/debrief`)).json().debrief
    expect(debrief.lessons.map((l: { text: string }) => l.text)).toEqual([
      'Préparer un exemple chiffré',
      'Dites ce que vous avez appris de cet échec.',
    ])
    // …the assigned question an ordinary card of the deck, tied to the imported interview…
    const cards = (await as.get('/api/rehearsal/cards')).json().cards
    expect(cards).toContainEqual(
      expect.objectContaining({
        question: 'Quel résultat chiffré mettriez-vous en avant ?',
        interviewId: interview.id,
        source: 'own',
      }),
    )
    // …and nothing pretends to come from Sam or Pat.
    expect((await as.get('/api/home')).json().coachFeedback).toEqual({ unread: 0, latest: [] })
    const onDebrief = (await as.get(`/api/sharing/feedback?interviewId=${interview.id}`)).json()
    expect(onDebrief).toMatchObject({ comments: [], ratings: [], assignments: [] })

    // On the same Rebond, into a fresh account: the links exist, and still nothing is attached to them.
    const before = await sharingRows(first.handle)
    const fresh = await signUp(first.app)
    const again = await postImport(first.app, fresh, zip)
    expect(again.statusCode, again.body).toBe(200)
    expect(again.json().sharedFeedback).toEqual(found)
    expect(await sharingRows(first.handle)).toBe(before)
    // The file's feedback is counted each time it is read: importing it again still says so.
    const twice = await postImport(first.app, fresh, zip)
    expect(twice.json().sharedFeedback).toEqual(found)
    expect(Object.values(twice.json().counts).every((c) => (c as { added: number }).added === 0)).toBe(true)
  })

  it('imports an export made before feedback.json existed, with no feedback to count', async () => {
    const { app } = await instance()
    const h = await history(app)
    const { 'feedback.json': _dropped, ...older } = unzipSync(await exportOf(app, h.people.camille))
    const fresh = await signUp(app)
    const imported = await postImport(app, fresh, zipSync(older))
    expect(imported.statusCode, imported.body).toBe(200)
    expect(imported.json().sharedFeedback).toEqual({ comments: 0, ratings: 0, assignments: 0 })
    expect(imported.json().counts.interviews.added).toBe(1)
    expect(imported.json().counts.cards.added).toBe(2)
  })

  it('refuses a damaged or hostile feedback.json on its fields, never with a 5xx, and writes nothing', async () => {
    const { app, handle } = await instance()
    const h = await history(app)
    const files = unzipSync(await exportOf(app, h.people.camille))
    const feedback = JSON.parse(strFromU8(files['feedback.json'] ?? new Uint8Array()))
    const fresh = await signUp(app)
    const withFeedback = (text: string) => zipSync({ ...files, 'feedback.json': strToU8(text) })
    const changed = (change: (file: typeof feedback) => void) => {
      const copy = structuredClone(feedback)
      change(copy)
      return withFeedback(JSON.stringify(copy))
    }
    const refused = async (zip: Uint8Array, code: string, lang = 'en') => {
      const response = await postImport(app, fresh, zip, '', lang)
      expect(response.statusCode, response.body).toBe(400)
      expect(response.json().error.code).toBe(code)
      return response.json().error.fields as Record<string, string>
    }
    const interviewsBefore = (await asUser(app, fresh).get('/api/interviews')).json().interviews
    const rowsBefore = await sharingRows(handle)

    expect(await refused(withFeedback('{"format": "rebond-feedback", '), 'import_invalid')).toEqual({
      'feedback.json': 'feedback.json is not readable JSON.',
    })
    expect(await refused(withFeedback('[]'), 'import_invalid')).toEqual({
      'feedback.json': 'feedback.json is not recognised as the feedback of a Rebond export.',
    })
    const nested = `${'['.repeat(5000)}${']'.repeat(5000)}`
    expect(await refused(withFeedback(nested), 'import_invalid')).toEqual({
      'feedback.json': 'feedback.json is nested too deeply to be read.',
    })
    expect(
      await refused(
        changed((f) => {
          f.version = 7
        }),
        'import_wrong_version',
      ),
    ).toEqual({ 'feedback.json': 'feedback.json is version 7; this server reads version 1.' })

    const fields = await refused(
      changed((f) => {
        f.comments[0].body = 'x'.repeat(5000)
        f.comments[1].author.role = 'admin'
        f.ratings[0].structure = 9
        f.assignments[0].created_at = 'yesterday'
      }),
      'import_invalid',
    )
    expect(Object.keys(fields).sort()).toEqual([
      'feedback.json.assignments.0.created_at',
      'feedback.json.comments.0.body',
      'feedback.json.comments.1.author.role',
      'feedback.json.ratings.0.structure',
    ])
    const orphan = await refused(
      changed((f) => {
        f.comments[1].parent_id = 'nowhere'
        f.comments[2].id = f.comments[0].id
      }),
      'import_invalid',
      'fr',
    )
    expect(orphan).toEqual({
      'feedback.json.comments.1.parent_id': 'Répond à « nowhere », qui n’est pas dans feedback.json.',
      'feedback.json.comments.2.id': 'Cet identifiant figure déjà plus haut dans le fichier.',
    })
    // Something other than a list where a list goes, or a whole file of the wrong shape.
    const shape = await refused(
      changed((f) => {
        f.comments = { length: 1e9 }
        delete f.ratings
      }),
      'import_invalid',
    )
    expect(Object.keys(shape).sort()).toEqual(['feedback.json.comments', 'feedback.json.ratings'])

    expect((await asUser(app, fresh).get('/api/interviews')).json().interviews).toEqual(interviewsBefore)
    expect(await sharingRows(handle)).toBe(rowsBefore)
  })
})
