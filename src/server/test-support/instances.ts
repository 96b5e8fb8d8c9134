import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterEach } from 'vitest'
import { type BuildAppOptions, buildApp } from '../app'
import { type DatabaseHandle, openDatabase } from '../db/connection'
import { testAppOptions } from './app'
import { createTestSchema } from './postgres-schemas'

/** One throw-away database that several handles open at once, as several app instances would (not to be
 * confused with shared-database.ts, one migrated database for every test of a file). */
export type SharedDatabase = {
  kind: 'sqlite' | 'postgres'
  connect: () => DatabaseHandle
  drop: () => Promise<void>
}

async function sharedSqlite(): Promise<SharedDatabase> {
  const filename = path.join(mkdtempSync(path.join(tmpdir(), 'rebond-shared-')), 'rebond.db')
  return { kind: 'sqlite', connect: () => openDatabase({ kind: 'sqlite', filename }), drop: async () => {} }
}

export async function sharedPostgres(url: string): Promise<SharedDatabase> {
  const { schema, drop } = await createTestSchema(url)
  return {
    kind: 'postgres',
    connect: () => openDatabase({ kind: 'postgres', connectionString: url, searchPath: schema, max: 4 }),
    drop,
  }
}

const postgresUrl = process.env.TEST_DATABASE_URL

/** SQLite (a file) always, PostgreSQL (a schema) when TEST_DATABASE_URL is set. */
export const sharedDatabases: Array<() => Promise<SharedDatabase>> = postgresUrl
  ? [sharedSqlite, () => sharedPostgres(postgresUrl)]
  : [sharedSqlite]

/**
 * For each test of the enclosing `describe`: app instances on one fresh shared database, as several
 * processes behind a load balancer would be. The apps are closed and the database dropped after the test.
 */
export function instancesOnOneDatabase(open: () => Promise<SharedDatabase>) {
  const apps: FastifyInstance[] = []
  let database: Promise<SharedDatabase> | undefined
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()))
    const opened = database
    database = undefined
    await (await opened)?.drop()
  })
  const instances = {
    /** Opens the test's fresh database (once; later calls give the same one). */
    open(): Promise<SharedDatabase> {
      database ??= open()
      return database
    },
    /** One more app on the test's database. */
    async start(options: Partial<BuildAppOptions> = {}): Promise<FastifyInstance> {
      const shared = await instances.open()
      const app = await buildApp(testAppOptions({ database: shared.connect(), ...options }))
      apps.push(app)
      return app
    },
    /** Two apps, one after the other: the second finds the database migrated by the first. */
    async two(options: Partial<BuildAppOptions> = {}) {
      const first = await instances.start(options)
      const second = await instances.start(options)
      return [first, second] as const
    },
  }
  return instances
}
