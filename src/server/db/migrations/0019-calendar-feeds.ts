import type { Kysely } from 'kysely'

// The private calendar subscription (issue 16): one per person at most. Only the SHA-256 of the
// address's secret is stored; regenerating replaces it, revoking deletes the row.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
}
