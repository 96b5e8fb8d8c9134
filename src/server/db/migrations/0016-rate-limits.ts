import type { Kysely } from 'kysely'

// Per-IP (and per-person) request limits, counted in the database so that every instance sharing it
// counts the same requests (ADR 0010). One row per limited route and client: the hits of the current
// window and when that window ends. The key is a hash: no IP address is kept in clear.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('window_ends_at', 'text', (c) => c.notNull())
    .execute()
  // The sweep deletes the rows whose window is over.
  await db.schema
    .createIndex('rate_limits_window_ends_idx')
    .on('rate_limits')
    .column('window_ends_at')
    .execute()
}
