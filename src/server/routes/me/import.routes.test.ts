import type { FastifyInstance } from 'fastify'
import { strToU8, zipSync } from 'fflate'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { EXPORT_TABLES } from '../../../shared/schemas/export'
import type { DatabaseHandle } from '../../db/connection'
import { fillAccount } from '../../test-support/account-history'
import { asUser, createTestApp, type SignedUpUser, signUp } from '../../test-support/app'
import { type TestDatabase, testDatabases } from '../../test-support/databases'
import { exportContent, exportOf, postImport } from '../../test-support/export-content'
import { ownedRowCounts } from '../../test-support/owned-rows'

const sqlite = testDatabases[0] as TestDatabase

// The file every test imports: one of everything, exported from an app on SQLite.
let source: Uint8Array
beforeAll(async () => {
  const app = await createTestApp(sqlite)
  const who = await signUp(app)
  await fillAccount(app, who, 'Source')
  source = await exportOf(app, who)
  await app.close()
})

describe.each(testDatabases)('importing an export (made on SQLite) on $kind', (database) => {
  let app: FastifyInstance
  let handle: DatabaseHandle
  let user: SignedUpUser
  afterEach(async () => {
    await app?.close()
  })
  async function freshApp() {
    handle = await database.open()
    app = await createTestApp({ kind: database.kind, open: async () => handle })
    user = await signUp(app)
  }
  const counts = () => ownedRowCounts(handle.db, user.id)

  it('previews, imports in full, exports the same content again, and a second import adds nothing', async () => {
    await freshApp()
    const before = await counts()
    const preview = await postImport(app, user, source, '?dryRun=true')
    expect(preview.statusCode, preview.body).toBe(200)
    expect(preview.json().dryRun).toBe(true)
    for (const table of EXPORT_TABLES)
      expect(preview.json().counts[table], table).toEqual({ added: expect.any(Number), alreadyThere: 0 })
    expect(preview.json().counts.attempts.added).toBeGreaterThan(0)
    expect(await counts()).toEqual(before)

    const imported = await postImport(app, user, source)
    expect(imported.statusCode, imported.body).toBe(200)
    expect(imported.json().counts).toEqual(preview.json().counts)

    const again = await exportOf(app, user)
    expect(exportContent(again)).toEqual(exportContent(source))
    // The imported rows are the importer's: the app shows them.
    const interviews = (await asUser(app, user).get('/api/interviews')).json().interviews
    expect(interviews.map((i: { company: string }) => i.company)).toEqual(['Source Industries'])
    // The spoken mock answer comes back with the delivery figures measured when it was recorded.
    const [mock] = (await asUser(app, user).get('/api/mock-interviews')).json().sessions
    const session = (await asUser(app, user).get(`/api/mock-interviews/${mock.id}`)).json()
    expect(session.answers[0].delivery).toMatchObject({ wpmLow: 130, wpmHigh: 160, pitchVerdict: 'varied' })
    expect(session.report.delivery).toMatchObject({ recordings: 1, fillersConfirmed: 0, fillersOpen: 0 })

    const afterFirst = await counts()
    const twice = await postImport(app, user, source)
    expect(twice.statusCode).toBe(200)
    for (const table of EXPORT_TABLES) {
      const { added, alreadyThere } = twice.json().counts[table]
      expect(added, table).toBe(0)
      expect(alreadyThere, table).toBe(imported.json().counts[table].added)
    }
    expect(await counts()).toEqual(afterFirst)
    // Its own export, imported back into the same account, adds nothing either.
    const own = await postImport(app, user, again)
    expect(Object.values(own.json().counts).every((c) => (c as { added: number }).added === 0)).toBe(true)
    expect(await counts()).toEqual(afterFirst)
  })

  it('the same file sent twice at once (a double tap): added once, and neither answer is a 5xx', async () => {
    await freshApp()
    const answers = await Promise.all([postImport(app, user, source), postImport(app, user, source)])
    for (const answer of answers) expect(answer.statusCode, answer.body).toBeLessThan(500)
    expect(answers.some((answer) => answer.statusCode === 200)).toBe(true)
    const once = await counts()
    const again = await postImport(app, user, source)
    expect(again.statusCode).toBe(200)
    expect(await counts()).toEqual(once)
    expect((await asUser(app, user).get('/api/interviews')).json().interviews).toHaveLength(1)
  })

  it('refuses a damaged or hostile file with a clear 4xx, and writes nothing', async () => {
    await freshApp()
    const other = await signUp(app)
    await fillAccount(app, other, 'Autre')
    const otherInterview = (await asUser(app, other).get('/api/interviews')).json().interviews[0]
      .applicationId
    const before = await counts()
    const json = JSON.parse(
      new TextDecoder().decode((await import('fflate')).unzipSync(source)['rebond.json']),
    )
    const withJson = (change: (file: typeof json) => void, extra: Record<string, Uint8Array> = {}) => {
      const copy = structuredClone(json)
      change(copy)
      return zipSync({ 'rebond.json': strToU8(JSON.stringify(copy)), ...extra })
    }
    const refused = async (zip: Uint8Array, status: number, code: string) => {
      const response = await postImport(app, user, zip)
      expect(response.statusCode, response.body).toBe(status)
      expect(response.json().error.code).toBe(code)
      return response.json().error
    }

    await refused(strToU8('not a zip at all, just text'), 400, 'import_unreadable')
    await refused(source.slice(0, Math.floor(source.length / 2)), 400, 'import_unreadable')
    const traversal = await refused(
      zipSync({ 'rebond.json': strToU8('{}'), '../../etc/evil': strToU8('x') }),
      400,
      'import_unreadable',
    )
    expect(traversal.fields.zip).toContain('../../etc/evil')
    await refused(zipSync({ 'notes.txt': strToU8('hello') }), 400, 'import_not_rebond')
    const version = await refused(
      withJson((f) => {
        f.version = 2
      }),
      400,
      'import_wrong_version',
    )
    expect(version.fields).toEqual({ version: 'Version 2; this server reads version 1.' })

    const invalid = await refused(
      withJson((f) => {
        f.data.interviews[0].date = 'yesterday'
        f.data.moods[0].mood = 9
      }),
      400,
      'import_invalid',
    )
    expect(Object.keys(invalid.fields).sort()).toEqual(['data.interviews.0.date', 'data.moods.0.mood'])
    // An id that points at another person's row, not into the file.
    const elsewhere = await refused(
      withJson((f) => {
        f.data.interviews[0].application_id = otherInterview
      }),
      400,
      'import_invalid',
    )
    expect(elsewhere.fields['data.interviews.0.application_id']).toContain(otherInterview)
    const noRecording = await refused(
      withJson((f) => {
        f.data.attempt_audio[0].file = 'recordings/attempts/nowhere.webm'
      }),
      400,
      'import_invalid',
    )
    expect(noRecording.fields).toHaveProperty('data.attempt_audio.0.file')

    // A zip bomb: 24 MB of zeros that say they are 1 KB (inflation stops at the declared size)…
    const bomb = zipSync({
      'rebond.json': strToU8('{}'),
      'recordings/attempts/a.webm': new Uint8Array(24 * 1024 * 1024),
    })
    const lying = Buffer.from(bomb)
    for (let at = 0; at < lying.length - 4; at++) {
      const signature = lying.readUInt32LE(at)
      if (signature === 0x04034b50) lying.writeUInt32LE(1024, at + 22)
      if (signature === 0x02014b50) lying.writeUInt32LE(1024, at + 24)
    }
    await refused(new Uint8Array(lying), 413, 'import_too_large')
    // …and one that says so honestly (more than a recording may be) is refused before anything is inflated.
    await refused(bomb, 413, 'import_too_large')
    const tooLarge = await postImport(app, user, new Uint8Array(101 * 1024 * 1024))
    expect(tooLarge.statusCode).toBe(413)
    expect(tooLarge.json().error.code).toBe('import_too_large')

    expect(await counts()).toEqual(before)
  })

  it('speaks French to a French request, and needs a session', async () => {
    await freshApp()
    const response = await postImport(app, user, strToU8('pas un zip'), '', 'fr')
    expect(response.json().error.message).toMatch(/^Ce fichier n’est pas une archive zip lisible/)
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/me/import',
      headers: { 'content-type': 'application/zip' },
      payload: Buffer.from(source),
    })
    expect(anonymous.statusCode).toBe(401)
  })
})
