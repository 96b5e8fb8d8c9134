import { describe, expect, it } from 'vitest'
import { appPerTest } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

/** Delivery figures as the browser measures them on a recording (src/domain/voice). */
const delivery = {
  source: 'vad',
  durationMs: 21_500,
  speakingMs: 20_300,
  pauses: [{ startMs: 6200, durationMs: 1400 }],
  syllables: 71,
  syllablesPerSecond: 3.5,
  wpmLow: 127,
  wpmHigh: 155,
  pitchMedianHz: 118,
  pitchRangeSemitones: 7.4,
  pitchVariationSemitones: 2.6,
  pitchVerdict: 'varied',
  phrases: 4,
  fadingPhrases: 1,
  probableFillers: [
    { startMs: 9100, durationMs: 420, review: 'confirmed' },
    { startMs: 15_000, durationMs: 300, review: 'dismissed' },
  ],
}

describe.each(testDatabases)('delivery figures kept with a spoken attempt on $kind', (database) => {
  const ctx = appPerTest(database)

  async function newCard() {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/rehearsal/cards',
      headers: { cookie: ctx.user.cookie },
      payload: { question: 'Parlez-moi d’un projet difficile.', lang: 'fr' },
    })
    return response.json().card.id as string
  }
  const attempt = (cardId: string, payload: Record<string, unknown>) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/rehearsal/cards/${cardId}/attempts`,
      headers: { cookie: ctx.user.cookie },
      payload: { text: 'J’ai repris le projet et nous avons livré à temps.', grade: 'good', ...payload },
    })

  it('stores the figures and the fillers as the person reviewed them, and gives them back', async () => {
    const cardId = await newCard()
    const saved = await attempt(cardId, { spokenSeconds: 21.5, delivery })
    expect(saved.statusCode).toBe(201)
    expect(saved.json().attempt.delivery).toEqual(delivery)
    const detail = await ctx.app.inject({
      url: `/api/rehearsal/cards/${cardId}`,
      headers: { cookie: ctx.user.cookie },
    })
    expect(detail.json().attempts[0].delivery).toEqual(delivery)
  })

  it('leaves a written attempt without delivery figures', async () => {
    const saved = await attempt(await newCard(), {})
    expect(saved.statusCode).toBe(201)
    expect(saved.json().attempt.delivery).toBeNull()
  })

  it.each([
    ['an unknown source', { source: 'cloud' }, 'delivery.source'],
    ['a range upside down', { wpmLow: 160, wpmHigh: 120 }, 'delivery.wpmHigh'],
    ['more fading phrases than phrases', { fadingPhrases: 9 }, 'delivery.fadingPhrases'],
    ['a negative pause', { pauses: [{ startMs: -5, durationMs: 300 }] }, 'delivery.pauses.0.startMs'],
    [
      'a filler reviewed as something else',
      { probableFillers: [{ startMs: 1, durationMs: 300, review: 'maybe' }] },
      'delivery.probableFillers.0.review',
    ],
    ['a field nobody defined', { transcript: 'hello' }, 'delivery'],
  ])('refuses %s with a 400 naming the field, and saves nothing', async (_name, change, field) => {
    const cardId = await newCard()
    const refused = await attempt(cardId, { spokenSeconds: 21.5, delivery: { ...delivery, ...change } })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().error.code).toBe('validation_failed')
    expect(Object.keys(refused.json().error.fields)).toContain(field)
    const detail = await ctx.app.inject({
      url: `/api/rehearsal/cards/${cardId}`,
      headers: { cookie: ctx.user.cookie },
    })
    expect(detail.json().attempts).toEqual([])
  })

  it('analyses a recognizer’s transcript as speech: a sentence-final "quoi" is a filler there', async () => {
    const cardId = await newCard()
    const text =
      "c'était un projet très tendu avec des délais courts c'était limite quoi mais le client est resté"
    const spoken = (await attempt(cardId, { text, transcript: true })).json().attempt
    const typed = (await attempt(cardId, { text, transcript: false })).json().attempt
    expect(spoken.fillerCount).toBeGreaterThan(typed.fillerCount)
  })
})
