import { type DatabaseHandle, type DatabaseKind, openDatabase } from '../db/connection'
import { createTestSchema } from './postgres-schemas'

export type TestDatabase = { kind: DatabaseKind; open: () => Promise<DatabaseHandle> }

const postgresUrl = process.env.TEST_DATABASE_URL

// CI must prove the PostgreSQL path: a missing URL there is a failure, not a skip.
if (process.env.CI && !postgresUrl) {
  throw new Error('TEST_DATABASE_URL is not set: the PostgreSQL suite must run in CI (see .ci/run).')
}

const sqlite: TestDatabase = {
  kind: 'sqlite',
  open: async () => openDatabase({ kind: 'sqlite', filename: ':memory:' }),
}

/** Each test gets its own PostgreSQL schema, dropped when the handle closes: files run in parallel safely. */
const postgres = (url: string): TestDatabase => ({
  kind: 'postgres',
  open: async () => {
    const { schema, drop } = await createTestSchema(url)
    const handle = openDatabase({ kind: 'postgres', connectionString: url, searchPath: schema, max: 4 })
    return {
      ...handle,
      close: async () => {
        await handle.close()
        await drop()
      },
    }
  },
})

/** The databases every data-layer test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const testDatabases: TestDatabase[] = postgresUrl ? [sqlite, postgres(postgresUrl)] : [sqlite]
