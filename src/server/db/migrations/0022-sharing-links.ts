import type { Kysely } from 'kysely'

// Coaches and practice partners (issue 17, ADR 0014). A link is made as an invitation by its
// owner; `invitee_id` stays null until someone accepts it. Only the SHA-256 of the invitation's
// token is stored. Ending a link keeps the row (`ended_at`), so the owner keeps its history and
// its access log. `shares` is the share choice as JSON text (the same on SQLite and PostgreSQL).
// Deleting either account deletes the link and its log.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sharing_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('invitee_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('shares', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text')
    .execute()
  await db.schema.createIndex('sharing_links_owner_idx').on('sharing_links').column('owner_id').execute()
  await db.schema.createIndex('sharing_links_invitee_idx').on('sharing_links').column('invitee_id').execute()

  await db.schema
    .createTable('sharing_access_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('link_id', 'text', (c) => c.notNull().references('sharing_links.id').onDelete('cascade'))
    .addColumn('resource_kind', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text')
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('sharing_access_log_link_idx')
    .on('sharing_access_log')
    .columns(['link_id', 'opened_at'])
    .execute()
}
