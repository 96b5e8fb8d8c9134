import type { Kysely, Selectable } from 'kysely'
import type { Rebound, ReboundStep } from '../../domain/progress'
import type { Database, ReboundsTable } from '../db/schema'
import { changedColumns, changedJson } from './changed-columns'

type Row = Selectable<ReboundsTable> & { company: string; role: string }

const toRebound = (row: Row): Rebound & { role: string; updatedAt: string } => ({
  id: row.id,
  interviewId: row.interview_id,
  applicationId: row.application_id,
  company: row.company,
  role: row.role,
  mood: row.mood === null ? null : Number(row.mood),
  learned: row.learned,
  steps: JSON.parse(row.steps) as ReboundStep[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  closedAt: row.closed_at,
})

export type StoredRebound = ReturnType<typeof toRebound>
export type ReboundChanges = Partial<Pick<Rebound, 'mood' | 'learned' | 'steps' | 'closedAt'>>

/** The 48-hour rebounds after a rejection. Every query is scoped by the owner. */
export function createReboundsRepository(db: Kysely<Database>) {
  const base = (userId: string) =>
    db
      .selectFrom('rebounds as r')
      .innerJoin('applications as a', 'a.id', 'r.application_id')
      .selectAll('r')
      .select(['a.company', 'a.role'])
      .where('r.user_id', '=', userId)

  async function find(userId: string, id: string): Promise<StoredRebound | undefined> {
    const row = await base(userId).where('r.id', '=', id).executeTakeFirst()
    return row ? toRebound(row) : undefined
  }

  return {
    find,

    /** Newest first. */
    async list(userId: string, limit = 50): Promise<StoredRebound[]> {
      const rows = await base(userId).orderBy('r.created_at', 'desc').limit(limit).execute()
      return rows.map(toRebound)
    },

    /** The open rebound for this interview (or, with `interviewId` null, for the whole application). */
    async findOpen(
      userId: string,
      applicationId: string,
      interviewId: string | null,
    ): Promise<StoredRebound | undefined> {
      const row = await base(userId)
        .where('r.application_id', '=', applicationId)
        .where('r.closed_at', 'is', null)
        .where('r.interview_id', interviewId === null ? 'is' : '=', interviewId)
        .executeTakeFirst()
      return row ? toRebound(row) : undefined
    },

    /**
     * Inserts the rebound; a unique index keeps one open rebound per interview (or application),
     * and a second one is not written: the caller then reads the one that is open.
     */
    async insert(
      userId: string,
      rebound: Omit<Rebound, 'company' | 'applicationId'> & { applicationId: string },
      now: string,
    ): Promise<StoredRebound | undefined> {
      await db
        .insertInto('rebounds')
        .values({
          id: rebound.id,
          user_id: userId,
          application_id: rebound.applicationId,
          interview_id: rebound.interviewId,
          mood: rebound.mood,
          learned: rebound.learned,
          steps: JSON.stringify(rebound.steps),
          created_at: rebound.createdAt,
          updated_at: now,
          closed_at: rebound.closedAt,
        })
        .onConflict((oc) => oc.doNothing())
        .execute()
      return find(userId, rebound.id)
    },

    async update(
      userId: string,
      id: string,
      changes: ReboundChanges,
      now: string,
    ): Promise<StoredRebound | undefined> {
      const result = await db
        .updateTable('rebounds')
        .set({
          ...changedColumns({
            mood: changes.mood,
            learned: changes.learned,
            steps: changedJson(changes.steps),
            closed_at: changes.closedAt,
          }),
          updated_at: now,
        })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) > 0 ? find(userId, id) : undefined
    },

    async remove(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('rebounds')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },

    /** Interviews and applications marked rejected (last changed) since `since`. */
    async rejectionsSince(userId: string, since: string) {
      const [interviews, applications] = await Promise.all([
        db
          .selectFrom('interviews as i')
          .innerJoin('applications as a', 'a.id', 'i.application_id')
          .select(['i.id', 'i.application_id', 'i.stage', 'i.updated_at', 'a.company', 'a.role'])
          .where('i.user_id', '=', userId)
          .where('i.outcome', '=', 'rejected')
          .where('i.updated_at', '>=', since)
          .execute(),
        db
          .selectFrom('applications')
          .select(['id', 'company', 'role', 'updated_at'])
          .where('user_id', '=', userId)
          .where('status', '=', 'rejected')
          .where('updated_at', '>=', since)
          .execute(),
      ])
      return [
        ...interviews.map((i) => ({
          interviewId: i.id as string | null,
          applicationId: i.application_id,
          company: i.company,
          role: i.role,
          at: i.updated_at,
        })),
        ...applications.map((a) => ({
          interviewId: null,
          applicationId: a.id,
          company: a.company,
          role: a.role,
          at: a.updated_at,
        })),
      ]
    },
  }
}
