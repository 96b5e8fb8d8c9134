import { beforeEach, describe, expect, it } from 'vitest'
import { testDatabases } from '../test-support/databases'
import { attemptFigures, newAttempt, newCard } from '../test-support/rehearsal-builders'
import { insertUsers } from '../test-support/repositories'
import { migratedPerFile } from '../test-support/shared-database'
import type { Repositories } from '.'

const T0 = '2026-03-02T09:00:00.000Z'
const T1 = '2026-03-03T09:00:00.000Z'
const T2 = '2026-03-04T09:00:00.000Z'
const recording = { mime: 'audio/webm', data: new Uint8Array([0, 1, 2, 250, 255]) }

/** The stored recording as plain bytes: SQLite and PostgreSQL both hand back a Buffer. */
const bytesOf = (audio: { mime: string; data: Uint8Array } | undefined) =>
  audio && { mime: audio.mime, bytes: [...audio.data] }

describe.each(testDatabases)('attempts repository on $kind', (database) => {
  const ctx = migratedPerFile(database)

  beforeEach(async () => {
    await insertUsers(ctx.repos, ['u1', 'u2'], T0)
    await ctx.repos.cards.insert('u1', newCard('c1', T0))
    await ctx.repos.cards.insert('u1', newCard('c2', T0))
    await ctx.repos.attempts.insert('u1', newAttempt('t1', 'c1', T0))
  })

  it('reads back an attempt with its figures, spoken measures and the fillers per 100 words', async () => {
    const spoken = newAttempt('t2', 'c1', T1, {
      mode: 'cram',
      grade: null,
      figures: attemptFigures({
        lang: 'en',
        wordCount: 120,
        fillerCount: 3,
        starParts: 2,
        star: { situation: true, task: false, action: true, result: false },
        assertivenessScore: 72,
        assertivenessLevel: 'high',
      }),
      spokenSeconds: 61.5,
      longPauses: 2,
      wordsPerMinute: 117.1,
    })
    const inserted = await ctx.repos.attempts.insert('u1', spoken)
    expect(inserted).toEqual({
      id: 't2',
      cardId: 'c1',
      mode: 'cram',
      grade: null,
      text: 'Réponse t2',
      lang: 'en',
      wordCount: 120,
      estimatedSeconds: 40,
      fillerCount: 3,
      hedgeCount: 0,
      selfDeprecationCount: 0,
      starParts: 2,
      star: { situation: true, task: false, action: true, result: false },
      metricsCount: 0,
      assertivenessScore: 72,
      assertivenessLevel: 'high',
      fillersPer100Words: 2.5,
      spokenSeconds: 61.5,
      longPauses: 2,
      wordsPerMinute: 117.1,
      delivery: null,
      hasAudio: false,
      createdAt: T1,
    })
    expect(await ctx.repos.attempts.find('u1', 't2')).toEqual(inserted)
  })

  it('keeps delivery figures whole, by either insert, and reads a damaged copy as none', async () => {
    const delivery = {
      source: 'loudness' as const,
      durationMs: 9000,
      speakingMs: 8200,
      pauses: [{ startMs: 3000, durationMs: 700 }],
      syllables: 30,
      syllablesPerSecond: 3.7,
      wpmLow: 134,
      wpmHigh: 164,
      pitchMedianHz: 180,
      pitchRangeSemitones: 6.2,
      pitchVariationSemitones: 2.2,
      pitchVerdict: 'varied' as const,
      phrases: 3,
      fadingPhrases: 0,
      probableFillers: [{ startMs: 5000, durationMs: 400, review: 'probable' as const }],
    }
    expect(
      (await ctx.repos.attempts.insert('u1', newAttempt('t4', 'c1', T1, { delivery })))?.delivery,
    ).toEqual(delivery)
    await ctx.repos.attempts.insertMany('u1', [newAttempt('t5', 'c1', T2, { delivery })])
    expect((await ctx.repos.attempts.find('u1', 't5'))?.delivery).toEqual(delivery)
    await ctx.handle.db
      .updateTable('attempts')
      .set({ delivery: '{"source":"cloud"' })
      .where('id', '=', 't5')
      .execute()
    expect((await ctx.repos.attempts.find('u1', 't5'))?.delivery).toBeNull()
  })

  it('lists a card’s attempts oldest first, and only that card’s', async () => {
    await ctx.repos.attempts.insertMany('u1', [
      newAttempt('t3', 'c1', T2),
      newAttempt('t2', 'c1', T1),
      newAttempt('other', 'c2', T1),
    ])
    expect((await ctx.repos.attempts.listForCard('u1', 'c1')).map((a) => a.id)).toEqual(['t1', 't2', 't3'])
  })

  it('lists several cards’ attempts in one read, oldest first per card, and only the asked cards’', async () => {
    await ctx.repos.cards.insert('u1', newCard('c3', T0))
    await ctx.repos.attempts.insertMany('u1', [
      newAttempt('t3', 'c1', T2),
      newAttempt('t2', 'c1', T1),
      newAttempt('o1', 'c2', T1),
      newAttempt('x1', 'c3', T1),
    ])
    await ctx.repos.attempts.saveAudio('u1', 'o1', recording, T1)
    const byCard = await ctx.repos.attempts.listForCards('u1', ['c1', 'c2'])
    expect([...byCard].map(([card, attempts]) => [card, attempts.map((a) => [a.id, a.hasAudio])])).toEqual([
      [
        'c1',
        [
          ['t1', false],
          ['t2', false],
          ['t3', false],
        ],
      ],
      ['c2', [['o1', true]]],
    ])
    expect((await ctx.repos.attempts.listForCards('u1', [])).size).toBe(0)
  })

  it('keeps one recording per attempt: saving again replaces it, deleting it clears the flag', async () => {
    await ctx.repos.attempts.saveAudio('u1', 't1', recording, T0)
    expect(bytesOf(await ctx.repos.attempts.findAudio('u1', 't1'))).toEqual({
      mime: 'audio/webm',
      bytes: [0, 1, 2, 250, 255],
    })
    expect((await ctx.repos.attempts.find('u1', 't1'))?.hasAudio).toBe(true)
    await ctx.repos.attempts.saveAudio('u1', 't1', { mime: 'audio/ogg', data: new Uint8Array([9]) }, T1)
    expect(bytesOf(await ctx.repos.attempts.findAudio('u1', 't1'))).toEqual({ mime: 'audio/ogg', bytes: [9] })
    expect(await ctx.repos.attempts.deleteAudio('u1', 't1')).toBe(true)
    expect(await ctx.repos.attempts.deleteAudio('u1', 't1')).toBe(false)
    expect(await ctx.repos.attempts.findAudio('u1', 't1')).toBeUndefined()
    expect((await ctx.repos.attempts.listForCard('u1', 'c1'))[0]?.hasAudio).toBe(false)
  })

  const byB: [string, (repos: Repositories) => Promise<unknown>, unknown][] = [
    ['find', (repos) => repos.attempts.find('u2', 't1'), undefined],
    ['listForCard', (repos) => repos.attempts.listForCard('u2', 'c1'), []],
    ['listForCards', async (repos) => [...(await repos.attempts.listForCards('u2', ['c1', 'c2']))], []],
    ['findAudio', (repos) => repos.attempts.findAudio('u2', 't1'), undefined],
    ['deleteAudio', (repos) => repos.attempts.deleteAudio('u2', 't1'), false],
  ]
  it('user B reads, changes and deletes nothing of A’s, whatever the query', async () => {
    await ctx.repos.attempts.saveAudio('u1', 't1', recording, T0)
    const attemptOfA = async () => ({
      attempt: await ctx.repos.attempts.find('u1', 't1'),
      audio: bytesOf(await ctx.repos.attempts.findAudio('u1', 't1')),
    })
    const before = await attemptOfA()
    for (const [query, act, nothing] of byB) {
      expect(await act(ctx.repos), query).toEqual(nothing)
      expect(await attemptOfA(), `A’s attempt after B’s ${query}`).toEqual(before)
    }
  })

  it('deleting the card removes its attempts and their recordings', async () => {
    await ctx.repos.attempts.saveAudio('u1', 't1', recording, T0)
    await ctx.repos.attempts.insert('u1', newAttempt('t9', 'c2', T0))
    expect(await ctx.repos.cards.delete('u1', 'c1')).toBe(true)
    expect(await ctx.repos.attempts.find('u1', 't1')).toBeUndefined()
    expect(await ctx.repos.attempts.findAudio('u1', 't1')).toBeUndefined()
    expect(await ctx.repos.attempts.find('u1', 't9')).toBeDefined()
  })
})
