import type { Kysely } from 'kysely'

// Applications hold interviews; each interview has at most one debrief. Every row carries
// its owner (user_id) and goes when the user, the application or the interview goes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('posting_url', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('applications_user_idx')
    .on('applications')
    .columns(['user_id', 'company'])
    .execute()

  await db.schema
    .createTable('interviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('format', 'text')
    .addColumn('interviewers', 'text', (c) => c.notNull()) // JSON array of {name, role}
    .addColumn('duration_minutes', 'integer')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('gut_feeling', 'integer')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('interviews_user_date_idx')
    .on('interviews')
    .columns(['user_id', 'date'])
    .execute()
  await db.schema
    .createIndex('interviews_application_idx')
    .on('interviews')
    .column('application_id')
    .execute()

  await db.schema
    .createTable('debriefs')
    .addColumn('interview_id', 'text', (c) => c.primaryKey().references('interviews.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull()) // JSON, validated by the shared zod schema
    .addColumn('progress', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('debriefs_user_idx').on('debriefs').column('user_id').execute()
}
