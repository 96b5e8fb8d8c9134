import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/schema'

/** Where a limited client stands after a request: the hits of the current window and when it ends. */
export type RateLimitCount = { hits: number; windowEndsAt: Date }

/**
 * Request counts against a limit, in the database so that every instance sharing it counts the same
 * requests (ADR 0010). Times are ISO-8601 UTC strings of one length, so text order is time order.
 */
export function createRateLimitsRepository(db: Kysely<Database>) {
  return {
    /**
     * Counts one request under `key` in a single statement: the first of a window (no row, or its
     * window over) starts a new window of `windowMs` at 1 hit; any other adds one. Parallel requests
     * on several instances each count.
     */
    async hit(key: string, now: Date, windowMs: number): Promise<RateLimitCount> {
      const at = now.toISOString()
      const endsAt = new Date(now.getTime() + windowMs).toISOString()
      const hits = sql.ref('rate_limits.hits')
      const windowEndsAt = sql.ref('rate_limits.window_ends_at')
      const row = await db
        .insertInto('rate_limits')
        .values({ key, hits: 1, window_ends_at: endsAt })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            hits: sql<number>`case when ${windowEndsAt} > ${at} then ${hits} + 1 else 1 end`,
            window_ends_at: sql<string>`case when ${windowEndsAt} > ${at} then ${windowEndsAt} else ${endsAt} end`,
          }),
        )
        .returning(['hits', 'window_ends_at'])
        .executeTakeFirstOrThrow()
      return { hits: Number(row.hits), windowEndsAt: new Date(row.window_ends_at) }
    },

    /** The count under `key` without adding to it; none when its window is over. */
    async find(key: string, now: Date): Promise<RateLimitCount | undefined> {
      const row = await db
        .selectFrom('rate_limits')
        .select(['hits', 'window_ends_at'])
        .where('key', '=', key)
        .where('window_ends_at', '>', now.toISOString())
        .executeTakeFirst()
      return row ? { hits: Number(row.hits), windowEndsAt: new Date(row.window_ends_at) } : undefined
    },

    /** Deletes the rows whose window is over (they would start afresh anyway): keeps the table small. */
    async deleteExpired(now: Date): Promise<number> {
      const result = await db
        .deleteFrom('rate_limits')
        .where('window_ends_at', '<=', now.toISOString())
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}

export type RateLimitsRepository = ReturnType<typeof createRateLimitsRepository>
