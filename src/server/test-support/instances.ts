import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { type DatabaseHandle, openDatabase } from '../db/connection'

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
  const schema = `test_${randomBytes(6).toString('hex')}`
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    await client.query(query)
    await client.end()
  }
  await admin(`create schema ${schema}`)
  return {
    kind: 'postgres',
    connect: () => openDatabase({ kind: 'postgres', connectionString: url, searchPath: schema, max: 4 }),
    drop: () => admin(`drop schema if exists ${schema} cascade`),
  }
}

const postgresUrl = process.env.TEST_DATABASE_URL

/** SQLite (a file) always, PostgreSQL (a schema) when TEST_DATABASE_URL is set. */
export const sharedDatabases: Array<() => Promise<SharedDatabase>> = postgresUrl
  ? [sharedSqlite, () => sharedPostgres(postgresUrl)]
  : [sharedSqlite]
