import type { Kysely } from 'kysely'

// Secrets the server generates itself, kept in the database so that every instance sharing it
// uses the same one (the session secret on PostgreSQL when SESSION_SECRET is not set): the first
// instance inserts, the others find its row (ADR 0006).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
}
