import { type Kysely, type MigrationResultSet, Migrator, PostgresAdapter, SqliteAdapter, sql } from 'kysely'
import { migrations } from './migrations'

/**
 * On PostgreSQL, the schema the connection works in. Kysely looks for its migration tables in
 * every schema of the database unless told which one: another schema's tables (tests give each
 * run its own schema) would make it skip creating ours, then fail to use them.
 */
async function postgresSchema<DB>(db: Kysely<DB>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
  return rows[0]?.schema ?? undefined
}

/**
 * A PostgreSQL advisory lock that migrations hold shared and that dropping a schema holds exclusively.
 * Before it takes its own lock, Kysely's migrator lists every table of the database (its introspection),
 * and that listing fails ("relation … does not exist") on a table another session drops meanwhile. The
 * tests give each run a schema and drop it after, from several workers at once; whoever drops a schema in a
 * database where Rebond migrates takes this lock first (test-support/postgres-schemas.ts).
 */
export const SCHEMA_DROP_LOCK = 640_051_123_771

/**
 * Brings the schema to the latest migration; throws with the failing migration's name.
 *
 * Two processes may start on one fresh database at once. On PostgreSQL, Kysely holds an advisory
 * lock while it migrates. On SQLite its lock does nothing across processes, so the whole run
 * (reading what is applied, then applying the rest) happens in one `BEGIN IMMEDIATE` transaction:
 * the second process waits for the first to commit (busy timeout), then finds nothing left to do.
 * A failing migration rolls the whole run back.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationResultSet> {
  const { adapter } = db.getExecutor()
  if (adapter instanceof PostgresAdapter) {
    return db.connection().execute(async (connection) => {
      await sql`select pg_advisory_lock_shared(${SCHEMA_DROP_LOCK})`.execute(connection)
      try {
        return checked(await migrateWith(db))
      } finally {
        await sql`select pg_advisory_unlock_shared(${SCHEMA_DROP_LOCK})`.execute(connection)
      }
    })
  }
  if (!(adapter instanceof SqliteAdapter)) return checked(await migrateWith(db))
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection)
    let result: MigrationResultSet
    try {
      result = await migrateWith(connection)
    } catch (error) {
      await sql`rollback`.execute(connection)
      throw error
    }
    await sql.raw(result.error ? 'rollback' : 'commit').execute(connection)
    return checked(result)
  })
}

async function migrateWith<DB>(db: Kysely<DB>): Promise<MigrationResultSet> {
  const schema = await postgresSchema(db)
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
    // The names are ASCII ("0001-accounts"): compared by code unit, in the same order as Kysely's default
    // localeCompare, without loading ICU's collator at every start (about 10 ms of it).
    nameComparator: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  })
  return migrator.migrateToLatest()
}

function checked(result: MigrationResultSet): MigrationResultSet {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')
    const reason = result.error instanceof Error ? result.error.message : String(result.error)
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`)
  }
  return result
}

/**
 * Why the database cannot serve this build, if it cannot: it does not answer, or a migration this
 * build knows has not been applied (a database restored from an older backup, a migration still
 * running on another instance). Empty when ready. Reads Kysely's own record of applied migrations.
 */
export async function readinessProblems<DB>(db: Kysely<DB>): Promise<string[]> {
  try {
    const schema = await postgresSchema(db)
    const table = schema ? sql.table(`${schema}.kysely_migration`) : sql.table('kysely_migration')
    const { rows } = await sql<{ name: string }>`select name from ${table}`.execute(db)
    const applied = new Set(rows.map((row) => row.name))
    return Object.keys(migrations)
      .filter((name) => !applied.has(name))
      .map((name) => `migration ${name} not applied`)
  } catch (error) {
    return [`database unreachable: ${error instanceof Error ? error.message : String(error)}`]
  }
}
