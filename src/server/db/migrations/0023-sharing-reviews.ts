import type { Kysely } from 'kysely'

// What coaches and partners leave on what is shared with them (issue 17, ADR 0015). Frozen: no
// imports of live code.
// - `sharing_comments`: a comment on an anchor of a shared item, or a reply (`parent_id`, one level
//   deep). `anchor_kind` is debrief_step | question (item: an interview, `anchor_step`: the step or
//   the replayed question's id) or answer (item: a card, `anchor_step`: the attempt's id). `read_at`:
//   when the owner saw it; `converted_to`: `lesson:<id>` or `action:<id>` once the owner turned it
//   into their own material.
// - `sharing_ratings`: a coach's rubric on a rehearsal answer, one per link and attempt (rating again
//   replaces it).
// - `sharing_assignments`: a question a coach put in the owner's deck; the card itself is an ordinary
//   `own` card, this row says who assigned it. Deleting the card deletes the row.
// Ending a link keeps all of it with the owner; deleting the link or either account deletes it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sharing_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('link_id', 'text', (c) => c.notNull().references('sharing_links.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('anchor_kind', 'text', (c) => c.notNull())
    .addColumn('anchor_id', 'text', (c) => c.notNull())
    .addColumn('anchor_step', 'text')
    .addColumn('parent_id', 'text', (c) => c.references('sharing_comments.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('converted_to', 'text')
    .execute()
  await db.schema
    .createIndex('sharing_comments_owner_item_idx')
    .on('sharing_comments')
    .columns(['owner_id', 'anchor_id', 'created_at'])
    .execute()
  await db.schema
    .createIndex('sharing_comments_link_idx')
    .on('sharing_comments')
    .columns(['link_id', 'created_at'])
    .execute()

  await db.schema
    .createTable('sharing_ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('link_id', 'text', (c) => c.notNull().references('sharing_links.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id').onDelete('cascade'))
    .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
    .addColumn('structure', 'integer', (c) => c.notNull())
    .addColumn('clarity', 'integer', (c) => c.notNull())
    .addColumn('results', 'integer', (c) => c.notNull())
    .addColumn('assertiveness', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addUniqueConstraint('sharing_ratings_link_attempt_unique', ['link_id', 'attempt_id'])
    .execute()
  await db.schema
    .createIndex('sharing_ratings_owner_card_idx')
    .on('sharing_ratings')
    .columns(['owner_id', 'card_id'])
    .execute()

  await db.schema
    .createTable('sharing_assignments')
    .addColumn('card_id', 'text', (c) => c.primaryKey().references('cards.id').onDelete('cascade'))
    .addColumn('link_id', 'text', (c) => c.notNull().references('sharing_links.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute()
  await db.schema
    .createIndex('sharing_assignments_owner_idx')
    .on('sharing_assignments')
    .columns(['owner_id', 'created_at'])
    .execute()
}
