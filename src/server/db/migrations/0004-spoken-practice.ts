import { type Kysely, PostgresAdapter } from 'kysely'

// Spoken practice: an attempt may carry its recording (kept in the database so that several
// instances sharing PostgreSQL serve it alike) and figures measured from the audio.
export async function up(db: Kysely<unknown>): Promise<void> {
  const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob'
  await db.schema.alterTable('attempts').addColumn('long_pauses', 'integer').execute()
  await db.schema.alterTable('attempts').addColumn('words_per_minute', 'double precision').execute()
  await db.schema
    .createTable('attempt_audio')
    .addColumn('attempt_id', 'text', (c) => c.primaryKey().references('attempts.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', binary, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('attempt_audio_user_idx').on('attempt_audio').column('user_id').execute()
}
