import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/schema'
import { tablesOfThisSchema } from './postgres-schemas'

/**
 * How many rows each table holds for `userId`: every table of the live schema with a `user_id` column
 * (read from the database's catalogue, so a table added later is counted without anyone listing it),
 * plus the `users` row itself.
 */
export async function ownedRowCounts(db: Kysely<Database>, userId: string): Promise<Record<string, number>> {
  const tables = await tablesOfThisSchema(db)
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const owner = table.name === 'users' ? 'id' : 'user_id'
    if (!table.columns.some((column) => column.name === owner)) continue
    const result = await sql<{
      n: number | string
    }>`select count(*) as n from ${sql.table(table.name)} where ${sql.ref(owner)} = ${userId}`.execute(db)
    counts[table.name] = Number(result.rows[0]?.n ?? 0)
  }
  return counts
}
