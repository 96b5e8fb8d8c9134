import type { Kysely } from 'kysely'

// Mock interviews: a session (its settings, seed and drawn questions, the check-ins before and after)
// and each answer given in it, saved as soon as it is given so that a session closed halfway resumes
// where it stopped. The posting pasted at set-up is not kept, only its salient terms.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mock_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // A session may practise for an application; it outlives the application's deletion.
    .addColumn('application_id', 'text', (c) => c.references('applications.id').onDelete('set null'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('persona', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('question_count', 'integer', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('posting_terms', 'text', (c) => c.notNull()) // JSON PostingTerm[]
    .addColumn('posting_language', 'text')
    .addColumn('questions', 'text', (c) => c.notNull()) // JSON MockQuestion[]
    .addColumn('tension_before', 'integer')
    .addColumn('note_before', 'text', (c) => c.notNull())
    .addColumn('tension_after', 'integer')
    .addColumn('note_after', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('summary', 'text') // JSON SessionSummary, once completed
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('mock_sessions_user_idx')
    .on('mock_sessions')
    .columns(['user_id', 'created_at'])
    .execute()

  await db.schema
    .createTable('mock_answers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('mock_sessions.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('question_index', 'integer', (c) => c.notNull())
    .addColumn('follow_up', 'integer', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('follow_up_kind', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('spoken_seconds', 'double precision')
    .addColumn('long_pauses', 'integer')
    .addColumn('interrupted', 'text')
    .addColumn('limit_seconds', 'integer', (c) => c.notNull())
    .addColumn('gate', 'text', (c) => c.notNull())
    .addColumn('figures', 'text', (c) => c.notNull()) // JSON AttemptFigures
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  // One answer per turn: a retried save (a flaky connection) writes nothing twice.
  await db.schema
    .createIndex('mock_answers_turn_idx')
    .on('mock_answers')
    .columns(['session_id', 'question_index', 'follow_up'])
    .unique()
    .execute()
}
