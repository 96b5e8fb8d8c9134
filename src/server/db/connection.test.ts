import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { connectionOptionsFor, openDatabase } from './connection'

describe('the SQLite file database', () => {
  it('runs with WAL, foreign keys on, synchronous FULL and a busy timeout', async () => {
    // The default database: a file in DATA_DIR when no DATABASE_URL is set (WAL needs a file, not :memory:).
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rebond-db-'))
    const options = connectionOptionsFor({ dataDir, databaseUrl: undefined })
    expect(options).toEqual({ kind: 'sqlite', filename: path.join(dataDir, 'rebond.db') })

    const handle = openDatabase(options)
    try {
      const pragma = async (name: string) => {
        const { rows } = await sql<Record<string, unknown>>`pragma ${sql.raw(name)}`.execute(handle.db)
        return rows[0]
      }
      expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' })
      expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 })
      // 2 is FULL: an acknowledged write survives a power cut.
      expect(await pragma('synchronous')).toEqual({ synchronous: 2 })
      // A writer waits for the lock instead of failing at once with SQLITE_BUSY.
      expect(await pragma('busy_timeout')).toEqual({ timeout: expect.any(Number) })
      expect((await pragma('busy_timeout'))?.timeout).toBeGreaterThan(0)
    } finally {
      await handle.close()
    }
  })
})
