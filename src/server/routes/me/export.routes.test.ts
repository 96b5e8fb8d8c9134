import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { EXPORT_TABLES, exportFileSchema } from '../../../shared/schemas/export'
import { fillAccount } from '../../test-support/account-history'
import { appPerTest, asUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

describe.each(testDatabases)('the export of everything on $kind', (database) => {
  const ctx = appPerTest(database, { start: new Date('2026-03-02T09:00:00.000Z') })

  it('downloads one zip: rebond.json valid against its schema, the recordings, each debrief in Markdown', async () => {
    const mine = await fillAccount(ctx.app, ctx.user, 'Moi', 7)
    const other = await signUp(ctx.app, { language: 'en' })
    const theirs = await fillAccount(ctx.app, other, 'Autrui', 31)

    const response = await asUser(ctx.app, ctx.user).get('/api/me/export')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('application/zip')
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="rebond-export-2026-03-02.zip"',
    )
    expect(response.headers['cache-control']).toBe('private, no-store')

    const files = unzipSync(new Uint8Array(response.rawPayload))
    const names = Object.keys(files).sort()
    const json = JSON.parse(strFromU8(files['rebond.json'] ?? new Uint8Array()))
    const parsed = exportFileSchema.safeParse(json)
    expect(parsed.error?.issues ?? []).toEqual([])
    const file = exportFileSchema.parse(json)
    expect(file).toMatchObject({
      format: 'rebond-export',
      version: 1,
      exportedAt: '2026-03-02T09:00:00.000Z',
    })
    expect(file.account.email).toBe(ctx.user.email)
    expect(JSON.stringify(file)).not.toContain('password')
    // One of everything was made; every table carries it.
    for (const table of EXPORT_TABLES) expect(file.data[table].length, table).toBeGreaterThan(0)
    expect(file.data.interviews.map((i) => i.id)).toEqual([mine.interviewId])

    const [attemptAudio] = file.data.attempt_audio
    const [answerAudio] = file.data.mock_answer_audio
    expect(attemptAudio?.attempt_id).toBe(mine.attemptId)
    expect(Buffer.from(files[attemptAudio?.file ?? ''] ?? []).equals(mine.attemptAudio)).toBe(true)
    expect(Buffer.from(files[answerAudio?.file ?? ''] ?? []).equals(mine.mockAnswerAudio)).toBe(true)
    expect(names.filter((n) => n.startsWith('recordings/'))).toEqual(
      [attemptAudio?.file, answerAudio?.file].sort(),
    )

    const markdown = names.filter((n) => n.startsWith('debriefs/'))
    expect(markdown).toEqual([expect.stringMatching(/^debriefs\/2026-02-20-moi-industries-[0-9a-f]{8}\.md$/)])
    const debrief = strFromU8(files[markdown[0] ?? ''] ?? new Uint8Array())
    expect(debrief).toContain('Moi, parlez-moi d’un échec.')
    expect(debrief).toContain('Europe/Paris')

    // Nothing of the other person: not their texts, ids or recordings.
    const everything = Object.values(files).map((bytes) => Buffer.from(bytes))
    for (const bytes of everything) {
      expect(bytes.includes('Autrui')).toBe(false)
      expect(bytes.includes(theirs.interviewId)).toBe(false)
      expect(bytes.includes(other.id)).toBe(false)
      expect(bytes.equals(theirs.attemptAudio) || bytes.equals(theirs.mockAnswerAudio)).toBe(false)
    }
  })

  it('writes the debriefs’ Markdown in the person’s language; rebond.json alone answers as JSON', async () => {
    await asUser(ctx.app, ctx.user).patch('/api/me', { language: 'en', timeZone: 'Europe/London' })
    await fillAccount(ctx.app, ctx.user, 'Mine')
    const files = unzipSync(
      new Uint8Array((await asUser(ctx.app, ctx.user).get('/api/me/export')).rawPayload),
    )
    const name = Object.keys(files).find((n) => n.startsWith('debriefs/')) ?? ''
    const markdown = strFromU8(files[name] ?? new Uint8Array())
    expect(markdown).toMatch(/^# Debrief/)
    expect(markdown).toContain('Europe/London')

    const alone = await asUser(ctx.app, ctx.user).get('/api/me/export/rebond.json')
    expect(alone.statusCode).toBe(200)
    expect(alone.headers['cache-control']).toBe('private, no-store')
    const file = exportFileSchema.parse(alone.json())
    expect(file.account.language).toBe('en')
    expect(file.data.attempt_audio[0]?.file).toMatch(/^recordings\/attempts\/.+\.webm$/)
  })

  it('answers 401 without a session, and publishes the format in the OpenAPI document', async () => {
    expect((await ctx.app.inject({ url: '/api/me/export' })).statusCode).toBe(401)
    expect((await ctx.app.inject({ url: '/api/me/export/rebond.json' })).statusCode).toBe(401)
    const openapi = (await ctx.app.inject({ url: '/api/openapi.json' })).json()
    const documented = openapi.paths['/api/me/export/rebond.json'].get.responses['200']
    expect(JSON.stringify(documented)).toContain('rebond-export')
    expect(openapi.paths['/api/me/export'].get.responses['200'].content).toHaveProperty('application/zip')
  })
})
