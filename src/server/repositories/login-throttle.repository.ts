import { type Kysely, sql } from 'kysely'
import type { ThrottleState } from '../../domain/accounts/login-throttle'
import type { Database } from '../db/schema'
import { sha256 } from '../security/tokens'

/**
 * The account-wide counter, shared by untrusted clients: keyed by a hash of the normalised email,
 * whether or not an account uses it.
 */
export const loginThrottleKey = (email: string): string => sha256(`login:${email}`)

/**
 * The counter of passwords typed to confirm a step inside a session (deleting the account): one
 * per account, apart from sign-in's, so that guesses made with a stolen session lock only that step.
 */
export const confirmThrottleKey = (userId: string): string => sha256(`confirm:${userId}`)

/** The own counter of one browser trusted by one account (its device cookie), in the same table. */
export const deviceThrottleKey = (userId: string, nonce: string): string =>
  sha256(`device:${userId}:${nonce}`)

type Row = { failures: number | string; window_started_at: string; locked_until: string | null }

const toState = (row: Row): ThrottleState => ({
  failures: Number(row.failures),
  windowStartedAt: new Date(row.window_started_at),
  lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
})

/** Stored in the database so that every app instance sharing it applies the same limit. */
export function createLoginThrottleRepository(db: Kysely<Database>) {
  return {
    async find(key: string): Promise<ThrottleState | undefined> {
      const row = await db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst()
      return row ? toState(row) : undefined
    },

    /**
     * Counts one failure in a single statement (`countFailure` in the domain says what it does),
     * so that parallel wrong guesses each count instead of all reading the same old state.
     * Times are ISO-8601 UTC strings of one length, so text order is time order.
     */
    async countFailure(key: string, now: Date, windowStart: Date): Promise<ThrottleState> {
      const at = now.toISOString()
      const since = windowStart.toISOString()
      const failures = sql.ref('login_throttle.failures')
      const startedAt = sql.ref('login_throttle.window_started_at')
      const lockedUntil = sql.ref('login_throttle.locked_until')
      const row = await db
        .insertInto('login_throttle')
        .values({ key, failures: 1, window_started_at: at, locked_until: null })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            failures: sql<number>`case when ${startedAt} > ${since} then ${failures} + 1 else 1 end`,
            window_started_at: sql<string>`case when ${startedAt} > ${since} then ${startedAt} else ${at} end`,
            locked_until: sql<
              string | null
            >`case when ${lockedUntil} > ${at} then ${lockedUntil} else null end`,
          }),
        )
        .returning(['failures', 'window_started_at', 'locked_until'])
        .executeTakeFirstOrThrow()
      return toState(row)
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

    /** Deletes rows that no longer matter (`isStale` in the domain): window over, no lock running. */
    async deleteStale(now: Date, windowStart: Date): Promise<number> {
      const result = await db
        .deleteFrom('login_throttle')
        .where('window_started_at', '<=', windowStart.toISOString())
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now.toISOString())]))
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}

export type LoginThrottleRepository = ReturnType<typeof createLoginThrottleRepository>
