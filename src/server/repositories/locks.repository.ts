import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/**
 * Row locks for use cases whose identity the schema cannot express (a company matched after
 * folding case and accents, the next version number). Meant inside a transaction.
 */
export function createLocksRepository(db: Kysely<Database>) {
  return {
    /**
     * Makes the owner's other writers wait until this transaction ends. On PostgreSQL the
     * no-op update takes the user row's lock; on SQLite a transaction already holds the only
     * writer, and the statement just joins it.
     */
    async owner(userId: string): Promise<void> {
      await db
        .updateTable('users')
        .set((eb) => ({ updated_at: eb.ref('updated_at') }))
        .where('id', '=', userId)
        .execute()
    },
  }
}

/** True when the database refused a write because a unique index already holds the same key. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
}
