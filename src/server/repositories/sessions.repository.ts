import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { toUserRecord, type UserRecord } from './users.repository'

export type SessionWithUser = {
  id: string
  createdAt: string
  lastSeenAt: string
  user: UserRecord
}

export type SessionSummary = { id: string; createdAt: string; lastSeenAt: string; userAgent: string | null }

export function createSessionsRepository(db: Kysely<Database>) {
  return {
    async insert(session: {
      id: string
      userId: string
      createdAt: string
      expiresAt: string
      userAgent?: string | null
    }): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          id: session.id,
          user_id: session.userId,
          created_at: session.createdAt,
          last_seen_at: session.createdAt,
          expires_at: session.expiresAt,
          user_agent: session.userAgent ?? null,
        })
        .execute()
    },

    /** One query per authenticated request: the session and its user together. */
    async findWithUser(id: string): Promise<SessionWithUser | undefined> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select([
          'sessions.id as session_id',
          'sessions.created_at as session_created_at',
          'sessions.last_seen_at',
          'users.id',
          'users.email',
          'users.password_hash',
          'users.display_name',
          'users.language',
          'users.time_zone',
          'users.created_at',
          'users.updated_at',
        ])
        .where('sessions.id', '=', id)
        .executeTakeFirst()
      if (!row) return undefined
      return {
        id: row.session_id,
        createdAt: row.session_created_at,
        lastSeenAt: row.last_seen_at,
        user: toUserRecord(row),
      }
    },

    async touch(id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
        .where('id', '=', id)
        .execute()
    },

    /** A user's sessions still valid at `now`, most recently used first. */
    async listForUser(userId: string, now: string): Promise<SessionSummary[]> {
      const rows = await db
        .selectFrom('sessions')
        .select(['id', 'created_at', 'last_seen_at', 'user_agent'])
        .where('user_id', '=', userId)
        .where('expires_at', '>', now)
        .orderBy('last_seen_at', 'desc')
        .execute()
      return rows.map((r) => ({
        id: r.id,
        createdAt: r.created_at,
        lastSeenAt: r.last_seen_at,
        userAgent: r.user_agent,
      }))
    },

    /** Deletes a session only if it belongs to the user; false when it does not (or no longer) exist for them. */
    async deleteOfUser(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('sessions')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', id).execute()
    },

    /** Ends every session of a user but one (after a password change, the current one stays). */
    async deleteOthersOfUser(userId: string, keepId: string): Promise<void> {
      await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepId).execute()
    },

    async deleteExpired(now: string): Promise<number> {
      const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst()
      return Number(result.numDeletedRows)
    },

    async countForUser(userId: string): Promise<number> {
      const row = await db
        .selectFrom('sessions')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow()
      return Number(row.n)
    },
  }
}
