import { beforeEach, describe, expect, it } from 'vitest'
import { emptyDebrief } from '../../domain/debrief'
import { testDatabases } from '../test-support/databases'
import { newAttempt, newCard } from '../test-support/rehearsal-builders'
import { insertOwnerWithInterviews } from '../test-support/repositories'
import { migratedPerFile } from '../test-support/shared-database'
import { emptyPrep } from './preparation.repository'

const T0 = '2026-03-02T09:00:00.000Z'
const LATER = '2026-03-03T09:00:00.000Z'

// Rows keyed by what they belong to (an interview, an attempt) are written with an upsert. The
// services check ownership first; the upsert itself must still never overwrite another person's row.
describe.each(testDatabases)('upserts keep to their owner on $kind', (database) => {
  const ctx = migratedPerFile(database)

  beforeEach(async () => {
    await insertOwnerWithInterviews(ctx.repos, T0, ['i1'])
  })

  it("a feedback request: u2 writing on u1's interview changes nothing of u1's", async () => {
    const mine = {
      status: 'to_ask' as const,
      askedAt: null,
      followUpAt: null,
      tone: 'warm' as const,
      lang: 'fr' as const,
      recipient: '',
      subject: 'Votre retour',
      body: 'Bonjour',
      feedbackText: '',
      receivedAt: null,
    }
    await ctx.repos.feedback.save('u1', 'i1', mine, T0)
    await expect(
      ctx.repos.feedback.save('u2', 'i1', { ...mine, body: 'Écrit par u2' }, LATER),
    ).rejects.toThrow()
    expect(await ctx.repos.feedback.find('u1', 'i1')).toMatchObject({ body: 'Bonjour', updatedAt: T0 })
  })

  it("a preparation plan: u2 writing on u1's interview changes nothing of u1's", async () => {
    const mine = { ...emptyPrep(), questionsToAsk: [{ id: 'q', text: 'Quelle équipe ?', done: false }] }
    await ctx.repos.preparation.savePrep('u1', 'i1', mine, T0)
    await ctx.repos.preparation.savePrep('u2', 'i1', emptyPrep(), LATER)
    expect((await ctx.repos.preparation.prep('u1', 'i1')).questionsToAsk).toEqual(mine.questionsToAsk)
  })

  it("a recording: u2 writing on u1's attempt changes nothing of u1's", async () => {
    await ctx.repos.cards.insert('u1', newCard('c1', T0))
    await ctx.repos.attempts.insert('u1', newAttempt('t1', 'c1', T0))
    await ctx.repos.attempts.saveAudio(
      'u1',
      't1',
      { mime: 'audio/webm', data: new Uint8Array([1, 2, 3]) },
      T0,
    )
    await ctx.repos.attempts.saveAudio('u2', 't1', { mime: 'audio/ogg', data: new Uint8Array([9]) }, LATER)
    expect(await ctx.repos.attempts.findAudio('u1', 't1')).toMatchObject({ mime: 'audio/webm' })
  })

  it("an attempt under u2's id on u1's card writes nothing; u1's own is stored whole", async () => {
    await ctx.repos.cards.insert('u1', newCard('c1', T0))
    expect(await ctx.repos.attempts.insert('u2', newAttempt('t2', 'c1', T0))).toBeUndefined()
    const measures = { spokenSeconds: 42.5, longPauses: 2, wordsPerMinute: 131.2 }
    const stored = await ctx.repos.attempts.insert('u1', newAttempt('t1', 'c1', T0, measures))
    expect(stored).toMatchObject({ id: 't1', cardId: 'c1', ...measures })
    expect(await ctx.repos.attempts.listForCard('u1', 'c1')).toEqual([stored])
    expect(await ctx.repos.attempts.find('u2', 't2')).toBeUndefined()
  })

  it("a first debrief save under u2's id on u1's interview writes nothing, and u1 still saves", async () => {
    expect(await ctx.repos.debriefs.save('u2', 'i1', 0, emptyDebrief(), 0, T0)).toEqual({
      saved: false,
      current: undefined,
    })
    expect(await ctx.repos.debriefs.save('u1', 'i1', 0, emptyDebrief(), 0, LATER)).toMatchObject({
      saved: true,
      debrief: { version: 1 },
    })
  })
})
