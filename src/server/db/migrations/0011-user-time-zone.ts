import type { Kysely } from 'kysely'

// The person's IANA time zone: reminders, exports and the progress report give times in it.
// Accounts made before it existed get Europe/Paris (Rebond's first users live there); new
// accounts take the browser's zone at sign-up, and everyone can change it in Account.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Europe/Paris'))
    .execute()
}
