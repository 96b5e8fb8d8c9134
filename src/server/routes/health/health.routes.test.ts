import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../../db/connection'
import { createTestApp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

describe.each(testDatabases)('liveness and readiness on $kind', (database) => {
  let app: FastifyInstance | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  /** An app and the database handle it was given, so that a test can break the database under it. */
  const start = async (): Promise<{ started: FastifyInstance; handle: DatabaseHandle }> => {
    const handle = await database.open()
    app = await createTestApp({ kind: database.kind, open: async () => handle })
    return { started: app, handle }
  }

  it('is ready once the database answers and every migration is applied', async () => {
    const ready = await (await start()).started.inject({ url: '/api/ready' })
    expect(ready.statusCode).toBe(200)
    expect(ready.json()).toEqual({ status: 'ready' })
    expect(ready.headers['cache-control']).toBe('no-store')
  })

  it('answers 503 not_ready in the error shape when a migration is missing, while staying alive', async () => {
    const { started, handle } = await start()
    // As a database restored from a backup taken before the last migration would be.
    await sql`delete from kysely_migration where name = ${'0016-rate-limits'}`.execute(handle.db)
    const response = await started.inject({ url: '/api/ready', headers: { 'accept-language': 'en' } })
    expect(response.statusCode).toBe(503)
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0)
    expect(response.json()).toEqual({
      error: {
        code: 'not_ready',
        message:
          'The server is not ready to answer yet: its database cannot be reached or is not up to date. Try again in a few seconds.',
      },
    })
    // Alive all the same: restarting this instance would not bring the migration back.
    expect((await started.inject({ url: '/api/health' })).statusCode).toBe(200)
  })

  it('answers 503 not_ready, in French when asked, when the database cannot be reached', async () => {
    const { started, handle } = await start()
    await handle.db.destroy()
    const response = await started.inject({ url: '/api/ready', headers: { 'accept-language': 'fr' } })
    expect(response.statusCode).toBe(503)
    expect(response.json().error.code).toBe('not_ready')
    expect(response.json().error.message).toContain('pas encore prêt')
    expect((await started.inject({ url: '/api/health' })).statusCode).toBe(200)
  })
})
