import type { Kysely } from 'kysely'

// One feedback request per interview: where it stands, the message as the person edited it,
// and what the recruiter answered.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('feedback_requests')
    .addColumn('interview_id', 'text', (c) => c.primaryKey().references('interviews.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('asked_at', 'text')
    .addColumn('follow_up_at', 'text')
    .addColumn('tone', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('feedback_text', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('feedback_requests_follow_up_idx')
    .on('feedback_requests')
    .columns(['user_id', 'status', 'follow_up_at'])
    .execute()
}
