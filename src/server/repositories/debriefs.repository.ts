import { type Kysely, sql } from 'kysely'
import type { DebriefContent } from '../../domain/debrief'
import { debriefFacts } from '../../domain/progress/facts'
import type { Database } from '../db/schema'

export type StoredDebrief = { version: number; content: DebriefContent; progress: number; updatedAt: string }

export type SaveResult =
  | { saved: true; debrief: StoredDebrief }
  | { saved: false; current: StoredDebrief | undefined }

// Documents are validated by the shared schema before they are written, so reading them back
// needs no second check.
const parse = (json: string): DebriefContent => JSON.parse(json) as DebriefContent

/** Every query is scoped by the owner. Saves are optimistic: they succeed only on the version they were based on. */
export function createDebriefsRepository(db: Kysely<Database>) {
  async function find(userId: string, interviewId: string): Promise<StoredDebrief | undefined> {
    const row = await db
      .selectFrom('debriefs')
      .select(['version', 'content', 'progress', 'updated_at'])
      .where('user_id', '=', userId)
      .where('interview_id', '=', interviewId)
      .executeTakeFirst()
    return row
      ? {
          version: Number(row.version),
          content: parse(row.content),
          progress: Number(row.progress),
          updatedAt: row.updated_at,
        }
      : undefined
  }

  return {
    find,

    /**
     * Writes the debrief if its stored version is still `baseVersion` (0: none stored yet),
     * as one atomic statement; otherwise reports what is stored now.
     */
    async save(
      userId: string,
      interviewId: string,
      baseVersion: number,
      content: DebriefContent,
      progress: number,
      now: string,
    ): Promise<SaveResult> {
      const json = JSON.stringify(content)
      // The figures Progress charts, kept beside the document like an index of it.
      const facts = JSON.stringify(debriefFacts(content))
      const row =
        baseVersion === 0
          ? await db
              .insertInto('debriefs')
              .columns([
                'interview_id',
                'user_id',
                'version',
                'content',
                'progress',
                'facts',
                'created_at',
                'updated_at',
              ])
              // Only onto the owner's interview: a first save under another person's id writes nothing.
              .expression((eb) =>
                eb
                  .selectFrom('interviews')
                  .select([
                    'interviews.id as interview_id',
                    'interviews.user_id as user_id',
                    sql<number>`1`.as('version'),
                    sql<string>`${json}`.as('content'),
                    sql<number>`cast(${progress} as integer)`.as('progress'),
                    sql<string>`${facts}`.as('facts'),
                    sql<string>`${now}`.as('created_at'),
                    sql<string>`${now}`.as('updated_at'),
                  ])
                  .where('interviews.id', '=', interviewId)
                  .where('interviews.user_id', '=', userId),
              )
              .onConflict((oc) => oc.column('interview_id').doNothing())
              .returning(['version', 'updated_at'])
              .executeTakeFirst()
          : await db
              .updateTable('debriefs')
              .set((eb) => ({
                version: eb('version', '+', 1),
                content: json,
                progress,
                facts,
                updated_at: now,
              }))
              .where('user_id', '=', userId)
              .where('interview_id', '=', interviewId)
              .where('version', '=', baseVersion)
              .returning(['version', 'updated_at'])
              .executeTakeFirst()
      if (row)
        return {
          saved: true,
          debrief: { version: Number(row.version), content, progress, updatedAt: row.updated_at },
        }
      return { saved: false, current: await find(userId, interviewId) }
    },

    /** Every debrief of a user, for views across interviews (Home, progress). */
    async listContents(userId: string): Promise<{ interviewId: string; content: DebriefContent }[]> {
      const rows = await db
        .selectFrom('debriefs')
        .select(['interview_id', 'content'])
        .where('user_id', '=', userId)
        .execute()
      return rows.map((r) => ({ interviewId: r.interview_id, content: parse(r.content) }))
    },
  }
}
