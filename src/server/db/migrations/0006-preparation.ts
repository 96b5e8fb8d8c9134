import type { Kysely } from 'kysely'

// Preparing the next interview: research notes kept per company (reused for its later
// rounds), a plan per interview, and the professional pitch with its versions.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('company_research')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('company_key', 'text', (c) => c.notNull()) // company name folded (case and accents)
    .addColumn('items', 'text', (c) => c.notNull()) // JSON ResearchState
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('company_research_pk', ['user_id', 'company_key'])
    .execute()

  await db.schema
    .createTable('interview_prep')
    .addColumn('interview_id', 'text', (c) => c.primaryKey().references('interviews.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('questions', 'text', (c) => c.notNull()) // JSON [{id, text, done}]
    .addColumn('logistics', 'text', (c) => c.notNull()) // JSON {place, link, documents: [{id, text, done}]}
    .addColumn('applied_action_ids', 'text', (c) => c.notNull()) // JSON string[]
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('pitches')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull()) // JSON Pitch
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pitches_pk', ['user_id', 'version'])
    .execute()
}
