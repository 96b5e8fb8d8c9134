import { type Kysely, PostgresAdapter } from 'kysely'

// A spoken mock interview answer may keep its recording, as a spoken rehearsal attempt does (0004): in the
// database, so that several instances sharing PostgreSQL serve it alike. It goes with its answer.
export async function up(db: Kysely<unknown>): Promise<void> {
  const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob'
  await db.schema
    .createTable('mock_answer_audio')
    .addColumn('answer_id', 'text', (c) => c.primaryKey().references('mock_answers.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', binary, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('mock_answer_audio_user_idx')
    .on('mock_answer_audio')
    .column('user_id')
    .execute()
}
