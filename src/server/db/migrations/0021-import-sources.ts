import type { Kysely } from 'kysely'

// Where an imported row came from (issue 16, ADR 0013): for each row an import adds, the table, the
// row's id in the export file and the id it was given here. Importing the same file again finds every
// source id already mapped and adds nothing. Goes with the account.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_sources')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('local_id', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_sources_pk', ['user_id', 'table_name', 'source_id'])
    .execute()
}
