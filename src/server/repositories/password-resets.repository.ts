import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

export type PasswordResetRecord = {
  id: string
  userId: string
  passwordFingerprint: string
  createdAt: string
  expiresAt: string
  usedAt: string | null
}

/** Password reset links, by the SHA-256 of their token (the token itself is never stored). */
export function createPasswordResetsRepository(db: Kysely<Database>) {
  return {
    async insert(token: Omit<PasswordResetRecord, 'usedAt'>): Promise<void> {
      await db
        .insertInto('password_reset_tokens')
        .values({
          id: token.id,
          user_id: token.userId,
          password_fingerprint: token.passwordFingerprint,
          created_at: token.createdAt,
          expires_at: token.expiresAt,
          used_at: null,
        })
        .execute()
    },

    async find(id: string): Promise<PasswordResetRecord | undefined> {
      const row = await db
        .selectFrom('password_reset_tokens')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      if (!row) return undefined
      return {
        id: row.id,
        userId: row.user_id,
        passwordFingerprint: row.password_fingerprint,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        usedAt: row.used_at,
      }
    },

    /**
     * Marks the link used if it was not yet and has not expired, in one statement: of two
     * requests racing with the same link, exactly one gets true.
     */
    async spend(id: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('password_reset_tokens')
        .set({ used_at: now })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },

    /** Spends every other unused link of the user (after a reset, only the link used remains, marked used). */
    async spendAllOfUser(userId: string, now: string): Promise<void> {
      await db
        .updateTable('password_reset_tokens')
        .set({ used_at: now })
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .execute()
    },

    /** Links expired before `before`: kept a while after expiry so that a late click says "expired", then swept. */
    async deleteExpiredBefore(before: string): Promise<number> {
      const result = await db
        .deleteFrom('password_reset_tokens')
        .where('expires_at', '<=', before)
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },

    async countForUser(userId: string): Promise<number> {
      const row = await db
        .selectFrom('password_reset_tokens')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow()
      return Number(row.n)
    },
  }
}

export type PasswordResetsRepository = ReturnType<typeof createPasswordResetsRepository>
