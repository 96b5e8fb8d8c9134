import type { Kysely } from 'kysely'

// The rehearsal deck: one row per card with its FSRS schedule, and every attempt with its
// text and analysis figures. Cards born from a debrief keep the link to their interview and
// replayed question (set to null if the interview goes: the card and its history stay).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull()) // bank | debrief | own
    .addColumn('bank_key', 'text')
    .addColumn('interview_id', 'text', (c) => c.references('interviews.id').onDelete('set null'))
    .addColumn('debrief_question_id', 'text')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('hint', 'text', (c) => c.notNull())
    .addColumn('reference_attempt_id', 'text')
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('stability', 'double precision', (c) => c.notNull())
    .addColumn('difficulty', 'double precision', (c) => c.notNull())
    .addColumn('elapsed_days', 'integer', (c) => c.notNull())
    .addColumn('scheduled_days', 'integer', (c) => c.notNull())
    .addColumn('learning_steps', 'integer', (c) => c.notNull())
    .addColumn('reps', 'integer', (c) => c.notNull())
    .addColumn('lapses', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('last_review', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('cards_user_due_idx').on('cards').columns(['user_id', 'due']).execute()
  await db.schema
    .createIndex('cards_user_bank_idx')
    .on('cards')
    .columns(['user_id', 'bank_key'])
    .unique()
    .execute()
  await db.schema
    .createIndex('cards_user_debrief_question_idx')
    .on('cards')
    .columns(['user_id', 'debrief_question_id'])
    .unique()
    .execute()

  await db.schema
    .createTable('attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id').onDelete('cascade'))
    .addColumn('mode', 'text', (c) => c.notNull()) // review | cram
    .addColumn('grade', 'text') // again | hard | good | easy
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('word_count', 'integer', (c) => c.notNull())
    .addColumn('estimated_seconds', 'integer', (c) => c.notNull())
    .addColumn('filler_count', 'integer', (c) => c.notNull())
    .addColumn('hedge_count', 'integer', (c) => c.notNull())
    .addColumn('self_deprecation_count', 'integer', (c) => c.notNull())
    .addColumn('star_parts', 'integer', (c) => c.notNull()) // 0–4
    .addColumn('star', 'text', (c) => c.notNull()) // JSON {situation, task, action, result}
    .addColumn('metrics_count', 'integer', (c) => c.notNull())
    .addColumn('assertiveness_score', 'integer', (c) => c.notNull())
    .addColumn('assertiveness_level', 'text', (c) => c.notNull())
    .addColumn('spoken_seconds', 'double precision')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('attempts_card_idx').on('attempts').columns(['card_id', 'created_at']).execute()
  await db.schema.createIndex('attempts_user_idx').on('attempts').columns(['user_id', 'created_at']).execute()
}
