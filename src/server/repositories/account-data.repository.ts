import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** The tables an export carries, in an order where every row comes after the rows it refers to. */
export const DATA_TABLES = [
  'applications',
  'interviews',
  'debriefs',
  'cards',
  'attempts',
  'attempt_audio',
  'feedback_requests',
  'company_research',
  'interview_prep',
  'pitches',
  'rebounds',
  'moods',
  'mock_sessions',
  'mock_answers',
  'mock_answer_audio',
] as const satisfies readonly (keyof Database)[]

export type DataTable = (typeof DATA_TABLES)[number]
export type DataRow = Record<string, unknown>

/** How each table's rows are listed: oldest first, ties broken by their key, the same on both databases. */
const ORDER: Record<DataTable, readonly string[]> = {
  applications: ['created_at', 'id'],
  interviews: ['created_at', 'id'],
  debriefs: ['created_at', 'interview_id'],
  cards: ['created_at', 'id'],
  attempts: ['created_at', 'id'],
  attempt_audio: ['created_at', 'attempt_id'],
  feedback_requests: ['created_at', 'interview_id'],
  company_research: ['company_key'],
  interview_prep: ['interview_id'],
  pitches: ['version'],
  rebounds: ['created_at', 'id'],
  moods: ['created_at', 'id'],
  mock_sessions: ['created_at', 'id'],
  mock_answers: ['created_at', 'id'],
  mock_answer_audio: ['created_at', 'answer_id'],
}

/** Rows per insert: well under SQLite's and PostgreSQL's limits on bound parameters. */
const BATCH = 200

// The tables are named from the fixed list above, so one untyped view of the schema serves them all.
type Untyped = Kysely<Record<string, Record<string, unknown>>>

/**
 * Everything a person owns, table by table, for the export and the import (issue 16). Rows come and
 * go as the database holds them (snake_case columns, JSON as text); the export service shapes them.
 * Every query is scoped by the owner.
 */
export function createAccountDataRepository(typed: Kysely<Database>) {
  const db = typed as unknown as Untyped
  return {
    /** Every row of `table` the user owns, without the owner column. */
    async rowsOf(userId: string, table: DataTable): Promise<DataRow[]> {
      let query = db.selectFrom(table).selectAll().where('user_id', '=', userId)
      for (const column of ORDER[table]) query = query.orderBy(column)
      const rows = await query.execute()
      return rows.map(({ user_id: _owner, ...row }) => row)
    },

    /** Adds rows to `table` for the user, in batches; inside the import's transaction. */
    async insert(userId: string, table: DataTable, rows: readonly DataRow[]): Promise<void> {
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH).map((row) => ({ ...row, user_id: userId }))
        await db.insertInto(table).values(batch).execute()
      }
    },

    /** Some columns of the user's rows of `table` (their ids, a card's bank key…). */
    async columnsOf(userId: string, table: DataTable, columns: readonly string[]): Promise<DataRow[]> {
      return db.selectFrom(table).select(columns).where('user_id', '=', userId).execute()
    },

    /** What earlier imports added: per table, the file's id of each row and the id it was given here. */
    async importedSources(userId: string): Promise<Map<string, Map<string, string>>> {
      const rows = await typed
        .selectFrom('import_sources')
        .select(['table_name', 'source_id', 'local_id'])
        .where('user_id', '=', userId)
        .execute()
      const byTable = new Map<string, Map<string, string>>()
      for (const row of rows) {
        const table = byTable.get(row.table_name) ?? new Map<string, string>()
        table.set(row.source_id, row.local_id)
        byTable.set(row.table_name, table)
      }
      return byTable
    },

    async recordSources(
      userId: string,
      sources: readonly { table: DataTable; sourceId: string; localId: string }[],
      at: string,
    ): Promise<void> {
      for (let i = 0; i < sources.length; i += BATCH) {
        await typed
          .insertInto('import_sources')
          .values(
            sources.slice(i, i + BATCH).map((s) => ({
              user_id: userId,
              table_name: s.table,
              source_id: s.sourceId,
              local_id: s.localId,
              imported_at: at,
            })),
          )
          // A row an earlier import added, deleted since and now added again, gets its new id.
          .onConflict((oc) =>
            oc.columns(['user_id', 'table_name', 'source_id']).doUpdateSet((eb) => ({
              local_id: eb.ref('excluded.local_id'),
              imported_at: eb.ref('excluded.imported_at'),
            })),
          )
          .execute()
      }
    },
  }
}
