import type { Kysely } from 'kysely'
import type { MoodEntry, TimeRange } from '../../domain/progress'
import type { Database } from '../db/schema'

/** Mood check-ins; every query is scoped by the owner. */
export function createMoodsRepository(db: Kysely<Database>) {
  return {
    async add(userId: string, entry: MoodEntry): Promise<MoodEntry> {
      await db
        .insertInto('moods')
        .values({ id: entry.id, user_id: userId, mood: entry.mood, note: entry.note, created_at: entry.at })
        .execute()
      return entry
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
