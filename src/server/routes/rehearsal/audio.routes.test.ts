import { beforeEach, describe, expect, it } from 'vitest'
import { appPerTest, asUser, type SignedUpUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

describe.each(testDatabases)('spoken attempts and their recordings on $kind', (database) => {
  const ctx = appPerTest(database)
  let attemptId: string
  let cardId: string

  beforeEach(async () => {
    const { card } = (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/rehearsal/cards',
        headers: { cookie: ctx.user.cookie },
        payload: { question: 'Présentez-vous.', lang: 'fr' },
      })
    ).json()
    cardId = card.id
    // 28 words said in 12 seconds, with one long pause measured from the audio.
    const text =
      "J'ai mené la refonte du site de Decathlon en quatre mois avec une équipe de six personnes et nous avons augmenté les ventes en ligne de dix-huit pour cent."
    const attempt = await ctx.app.inject({
      method: 'POST',
      url: `/api/rehearsal/cards/${card.id}/attempts`,
      headers: { cookie: ctx.user.cookie },
      payload: { text, grade: 'good', spokenSeconds: 12, longPauses: 1 },
    })
    expect(attempt.statusCode).toBe(201)
    expect(attempt.json().attempt).toMatchObject({ spokenSeconds: 12, longPauses: 1, hasAudio: false })
    expect(attempt.json().attempt.wordsPerMinute).toBeGreaterThan(100)
    attemptId = attempt.json().attempt.id
  })

  const upload = (who: SignedUpUser, body: Buffer, type = 'audio/webm;codecs=opus', id = attemptId) =>
    ctx.app.inject({
      method: 'PUT',
      url: `/api/rehearsal/attempts/${id}/audio`,
      headers: { cookie: who.cookie, 'content-type': type },
      payload: body,
    })

  it('stores a recording, plays it back byte for byte, and deletes it', async () => {
    const audio = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256))
    expect((await upload(ctx.user, audio)).statusCode).toBe(204)
    const played = await ctx.app.inject({
      url: `/api/rehearsal/attempts/${attemptId}/audio`,
      headers: { cookie: ctx.user.cookie },
    })
    expect(played.statusCode).toBe(200)
    expect(played.headers['content-type']).toBe('audio/webm')
    expect(played.rawPayload.equals(audio)).toBe(true)
    const detail = (
      await ctx.app.inject({ url: `/api/rehearsal/cards/${cardId}`, headers: { cookie: ctx.user.cookie } })
    ).json()
    expect(detail.attempts[0].hasAudio).toBe(true)

    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/rehearsal/attempts/${attemptId}/audio`,
      headers: { cookie: ctx.user.cookie },
    })
    expect(removed.statusCode).toBe(204)
    expect(
      (
        await ctx.app.inject({
          url: `/api/rehearsal/attempts/${attemptId}/audio`,
          headers: { cookie: ctx.user.cookie },
        })
      ).statusCode,
    ).toBe(404)
  })

  it('refuses a recording over the size limit with a clear 413, and anything but audio with 415', async () => {
    const tooBig = await upload(ctx.user, Buffer.alloc(10 * 1024 * 1024 + 1))
    expect(tooBig.statusCode).toBe(413)
    expect(tooBig.json().error).toMatchObject({ code: 'payload_too_large', message: expect.any(String) })
    const notAudio = await upload(ctx.user, Buffer.from('hello'), 'text/plain')
    expect(notAudio.statusCode).toBe(415)
    const empty = await upload(ctx.user, Buffer.alloc(0))
    expect(empty.statusCode).toBeGreaterThanOrEqual(400)
    expect(empty.statusCode).toBeLessThan(500)
  })

  it("another user's recording is a 404, to read, replace or delete", async () => {
    await upload(ctx.user, Buffer.from('RIFF....WAVEfmt '), 'audio/wav')
    const other = await signUp(ctx.app)
    expect((await upload(other, Buffer.from('xx'))).statusCode).toBe(404)
    expect((await asUser(ctx.app, other).get(`/api/rehearsal/attempts/${attemptId}/audio`)).statusCode).toBe(
      404,
    )
    expect(
      (await asUser(ctx.app, other).delete(`/api/rehearsal/attempts/${attemptId}/audio`)).statusCode,
    ).toBe(404)
    const mine = await ctx.app.inject({
      url: `/api/rehearsal/attempts/${attemptId}/audio`,
      headers: { cookie: ctx.user.cookie },
    })
    expect(mine.rawPayload.toString()).toBe('RIFF....WAVEfmt ')
  })

  it('removing the card removes its attempts and recordings', async () => {
    await upload(ctx.user, Buffer.from('audio'))
    await ctx.app.inject({
      method: 'DELETE',
      url: `/api/rehearsal/cards/${cardId}`,
      headers: { cookie: ctx.user.cookie },
    })
    expect(await ctx.app.repositories.attempts.findAudio(ctx.user.id, attemptId)).toBeUndefined()
  })
})
