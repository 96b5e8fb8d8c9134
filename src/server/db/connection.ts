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
  | { kind: 'postgres'; connectionString: string; max?: number; searchPath?: string }

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
  const pool = new (loadPg().Pool)({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
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
