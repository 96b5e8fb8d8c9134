import { describe, expect, it } from 'vitest'
import { type DebriefContent, emptyDebrief, LIMITS } from '../../../domain/debrief'
import { appPerTest, asUser, captureInterview, type SignedUpUser } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

describe.each(testDatabases)('long debriefs and what deletion takes with it on $kind', (database) => {
  const ctx = appPerTest(database)
  const as = (who: SignedUpUser) => asUser(ctx.app, who)

  const interview = () =>
    captureInterview(ctx.app, ctx.user, {
      company: 'Nova Santé',
      role: 'Chargée de mission',
      stage: 'manager',
      date: '2026-03-02T14:00:00Z',
    })

  const destabilized = (n: number, betterAnswer: string): DebriefContent => {
    const questions = Array.from({ length: n }, (_, i) => ({
      id: `q${i}`,
      question: `Question ${i} ?`,
      answer: '',
      feeling: 'destabilized' as const,
      recruiterReaction: '',
    }))
    return {
      ...emptyDebrief(),
      questions,
      destabilizing: questions.map((q, i) => ({
        questionId: q.id,
        reasons: [],
        reasonOther: '',
        betterAnswer,
        rehearse: i === 0,
      })),
    }
  }

  it('saves a debrief far above the usual body limit when every field is within its own', async () => {
    const { interview: created } = await interview()
    // 20 better answers at their full length: about 400,000 characters (accents included).
    const debrief = destabilized(20, 'é'.repeat(LIMITS.betterAnswer))
    const saved = await as(ctx.user).put(`/api/interviews/${created.id}/debrief`, { version: 0, debrief })
    expect(saved.statusCode).toBe(200)
    const read = (await as(ctx.user).get(`/api/interviews/${created.id}/debrief`)).json()
    expect(read.debrief.destabilizing[19].betterAnswer).toHaveLength(LIMITS.betterAnswer)

    // One character over a field's limit is a field error, not a 413.
    const tooLong = destabilized(1, 'a'.repeat(LIMITS.betterAnswer + 1))
    const refused = await as(ctx.user).put(`/api/interviews/${created.id}/debrief`, {
      version: 1,
      debrief: tooLong,
    })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().error.fields).toHaveProperty(['debrief.destabilizing.0.betterAnswer'])
  })

  it('deleting an interview deletes the cards born from its debrief, not the ones added by hand', async () => {
    const { interview: created, application } = await interview()
    await as(ctx.user).put(`/api/interviews/${created.id}/debrief`, {
      version: 0,
      debrief: destabilized(1, 'Ma meilleure réponse.'),
    })
    await as(ctx.user).post('/api/rehearsal/cards', { question: 'Parlez-moi de vous.', lang: 'fr' })
    const sources = async () =>
      ((await as(ctx.user).get('/api/rehearsal/cards')).json().cards as { source: string }[])
        .map((c) => c.source)
        .sort()
    expect(await sources()).toEqual(['debrief', 'own'])

    expect((await as(ctx.user).delete(`/api/applications/${application.id}`)).statusCode).toBe(204)
    expect(await sources()).toEqual(['own'])
  })
})
