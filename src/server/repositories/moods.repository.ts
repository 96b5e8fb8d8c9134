import type { Kysely } from 'kysely'
import type { MoodEntry, TimeRange } from '../../domain/progress'
import type { Database } from '../db/schema'

/** Mood check-ins; every query is scoped by the owner. */
export function createMoodsRepository(db: Kysely<Database>) {
  return {
    /** With `reboundId`, the check-in is the mood given in that 48-hour plan. */
    async add(userId: string, entry: MoodEntry, reboundId: string | null = null): Promise<MoodEntry> {
      await db
        .insertInto('moods')
        .values({
          id: entry.id,
          user_id: userId,
          mood: entry.mood,
          note: entry.note,
          created_at: entry.at,
          rebound_id: reboundId,
        })
        .execute()
      return entry
    },

    /** The latest check-in given in this 48-hour plan, if any. */
    async latestForRebound(userId: string, reboundId: string): Promise<MoodEntry | undefined> {
      const row = await db
        .selectFrom('moods')
        .select(['id', 'mood', 'note', 'created_at'])
        .where('user_id', '=', userId)
        .where('rebound_id', '=', reboundId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst()
      return row ? { id: row.id, at: row.created_at, mood: Number(row.mood), note: row.note } : undefined
    },

    async setMood(userId: string, id: string, mood: number): Promise<void> {
      await db.updateTable('moods').set({ mood }).where('user_id', '=', userId).where('id', '=', id).execute()
    },

    async list(userId: string, range: TimeRange): Promise<MoodEntry[]> {
      let query = db
        .selectFrom('moods')
        .select(['id', 'mood', 'note', 'created_at'])
        .where('user_id', '=', userId)
      if (range.from) query = query.where('created_at', '>=', range.from)
      if (range.until) query = query.where('created_at', '<', range.until)
      const rows = await query.orderBy('created_at').execute()
      return rows.map((r) => ({ id: r.id, at: r.created_at, mood: Number(r.mood), note: r.note }))
    },

    /** True when the entry existed and was the user's. */
    async remove(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('moods')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },
  }
}
