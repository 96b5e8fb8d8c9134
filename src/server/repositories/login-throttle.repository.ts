import type { Kysely } from 'kysely'
import type { ThrottleState } from '../../domain/accounts/login-throttle'
import type { Database } from '../db/schema'

/** Stored in the database so that every app instance sharing it applies the same limit. */
export function createLoginThrottleRepository(db: Kysely<Database>) {
  return {
    async find(key: string): Promise<ThrottleState | undefined> {
      const row = await db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst()
      if (!row) return undefined
      return {
        failures: Number(row.failures),
        windowStartedAt: new Date(row.window_started_at),
        lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
      }
    },

    async save(key: string, state: ThrottleState): Promise<void> {
      const values = {
        failures: state.failures,
        window_started_at: state.windowStartedAt.toISOString(),
        locked_until: state.lockedUntil?.toISOString() ?? null,
      }
      await db
        .insertInto('login_throttle')
        .values({ key, ...values })
        .onConflict((oc) => oc.column('key').doUpdateSet(values))
        .execute()
    },

    async clear(key: string): Promise<void> {
      await db.deleteFrom('login_throttle').where('key', '=', key).execute()
    },
  }
}

export type LoginThrottleRepository = ReturnType<typeof createLoginThrottleRepository>
