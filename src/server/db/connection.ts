import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect, sql } from 'kysely'
import type pg from 'pg'
import type { Database } from './schema'

// Only the driver of the configured database is loaded: an instance on SQLite never loads pg, one on
// PostgreSQL never loads better-sqlite3 (start-up time and memory).
const requireDriver = createRequire(import.meta.url)
const loadSqlite = (): typeof SQLite => requireDriver('better-sqlite3')
const loadPg = (): typeof pg => requireDriver('pg')

export type DatabaseKind = 'sqlite' | 'postgres'

export type DatabaseHandle = {
  db: Kysely<Database>
  kind: DatabaseKind
  /** Closes the pool or file; safe to call twice. */
  close: () => Promise<void>
}

export type ConnectionOptions =
  | { kind: 'sqlite'; filename: string }
  | {
      kind: 'postgres'
      connectionString: string
      max?: number
      searchPath?: string
      /** How long a request waits for a connection (a new one, or a free one of the pool). */
      connectionTimeoutMs?: number
      /** How long a query may go without an answer before it fails. */
      queryTimeoutMs?: number
    }

/** A PostgreSQL that does not answer a new connection within this time is taken as unavailable. */
export const POSTGRES_CONNECTION_TIMEOUT_MS = 5_000
/**
 * A query unanswered after this long fails (the server cancels it too). Far above anything the app asks
 * (a few ms; an account export, a migration: seconds), it only ends the wait on a database that stalled.
 */
export const POSTGRES_QUERY_TIMEOUT_MS = 30_000

/**
 * The database could not be reached or did not answer in time: the request is answered 503 (not_ready,
 * with Retry-After) instead of waiting forever or reading as a bug (plugins/errors.ts).
 */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`database unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'DatabaseUnavailableError'
  }
}

/** PostgreSQL's code for a statement cancelled by statement_timeout. */
const QUERY_CANCELED = '57014'

/** Whether `error` says that the database is out of reach or stalled, rather than refusing a query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true
  const e = error as { message?: unknown; code?: unknown } | null
  // pg's own words for its client-side query timeout; it gives no code.
  return e?.message === 'Query read timeout' || e?.code === QUERY_CANCELED
}

export function connectionOptionsFor(config: {
  dataDir: string
  databaseUrl: string | undefined
}): ConnectionOptions {
  if (config.databaseUrl) return { kind: 'postgres', connectionString: config.databaseUrl }
  return { kind: 'sqlite', filename: path.join(config.dataDir, 'rebond.db') }
}

export function openDatabase(options: ConnectionOptions): DatabaseHandle {
  if (options.kind === 'sqlite') {
    if (options.filename !== ':memory:') mkdirSync(path.dirname(options.filename), { recursive: true })
    const sqlite = new (loadSqlite())(options.filename, { timeout: 5000 })
    // WAL lets readers proceed during a write; FULL makes an acknowledged write survive a power cut.
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
    return { db, kind: 'sqlite', close: once(() => db.destroy()) }
  }
  const queryTimeoutMs = options.queryTimeoutMs ?? POSTGRES_QUERY_TIMEOUT_MS
  const serverSettings = [
    ...(options.searchPath ? [`-c search_path=${options.searchPath}`] : []),
    `-c statement_timeout=${queryTimeoutMs}`,
  ]
  const pool = new (loadPg().Pool)({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    options: serverSettings.join(' '),
    // Without these a stalled PostgreSQL holds every request forever: waiting for a connection, or
    // for the answer to a query sent on one (the server's statement_timeout cannot help then).
    connectionTimeoutMillis: options.connectionTimeoutMs ?? POSTGRES_CONNECTION_TIMEOUT_MS,
    query_timeout: queryTimeoutMs + 1_000,
    // A peer gone without a word (a cut network) is noticed on idle connections too.
    keepAlive: true,
  })
  // A connection the pool keeps can fail while idle (the server restarted): it is dropped, not fatal.
  pool.on('error', () => undefined)
  // Kysely asks the pool for a connection for every query: a failure there is the database's absence.
  const connecting = {
    connect: () =>
      pool.connect().catch((error: unknown) => {
        throw new DatabaseUnavailableError(error)
      }),
    end: () => pool.end(),
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: connecting }) })
  return { db, kind: 'postgres', close: once(() => db.destroy()) }
}

/** Asks the database one trivial question: it answers only when it can be reached and used. */
export async function pingDatabase(handle: DatabaseHandle): Promise<void> {
  await sql`select 1`.execute(handle.db)
}

/**
 * Kysely asks better-sqlite3 to prepare every query anew; the app runs the same few
 * shapes over and over, so prepared statements are kept (bounded, oldest dropped first).
 */
function withStatementCache(sqlite: SQLite.Database, limit = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>()
  return {
    close: () => {
      cache.clear()
      sqlite.close()
    },
    prepare: (sql: string) => {
      let statement = cache.get(sql)
      if (!statement) {
        statement = sqlite.prepare(sql)
        if (cache.size >= limit) {
          const oldest = cache.keys().next().value
          if (oldest !== undefined) cache.delete(oldest)
        }
        cache.set(sql, statement)
      }
      return statement
    },
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined
  return () => {
    done ??= fn()
    return done
  }
}
