import { randomBytes } from 'node:crypto'
import { type Kysely, PostgresAdapter, sql, type TableMetadata } from 'kysely'
import pg from 'pg'
import { SCHEMA_DROP_LOCK } from '../db/migrate'

/** Runs statements, in order, on a connection of its own. */
async function run(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    for (const statement of statements) await client.query(statement)
  } finally {
    await client.end()
  }
}

/**
 * A new, empty schema for one test or file, on the PostgreSQL at `url`, and how to drop it. The drop
 * waits for the migrations running in other schemas (SCHEMA_DROP_LOCK, db/migrate.ts): test files run on
 * several workers, and a table dropped under another run's migration makes that migration fail.
 */
export async function createTestSchema(url: string): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `test_${randomBytes(6).toString('hex')}`
  await run(url, `create schema ${schema}`)
  return {
    schema,
    // The session's end releases the lock.
    drop: () =>
      run(url, `select pg_advisory_lock(${SCHEMA_DROP_LOCK})`, `drop schema if exists ${schema} cascade`),
  }
}

/**
 * Runs `work` while no test schema can be dropped: a connection of `db` holds the shared SCHEMA_DROP_LOCK, as
 * migrateToLatest does. Kysely's migrator and introspection read every schema's catalogue, and fail on one
 * another test drops meanwhile ("schema … does not exist").
 */
export async function whileNoSchemaIsDropped<DB, T>(db: Kysely<DB>, work: () => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock_shared(${SCHEMA_DROP_LOCK})`.execute(connection)
    try {
      return await work()
    } finally {
      await sql`select pg_advisory_unlock_shared(${SCHEMA_DROP_LOCK})`.execute(connection)
    }
  })
}

/**
 * The tables of the schema `db` works in, read from the catalogue. On PostgreSQL, Kysely's introspection
 * lists every schema's tables and fails on one another test drops meanwhile: it reads under the same
 * shared lock as a migration, and keeps only this schema's.
 */
export async function tablesOfThisSchema<DB>(db: Kysely<DB>): Promise<TableMetadata[]> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return db.introspection.getTables()
  return whileNoSchemaIsDropped(db, async () => {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
    const tables = await db.introspection.getTables()
    return tables.filter((table) => table.schema === rows[0]?.schema)
  })
}
