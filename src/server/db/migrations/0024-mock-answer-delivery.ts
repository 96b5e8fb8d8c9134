import type { Kysely } from 'kysely'

// A spoken mock interview answer keeps the delivery figures measured on the device from its recording, as a
// spoken rehearsal attempt does (0020): one JSON text, read and written whole with the answer, shaped by
// src/shared/schemas/delivery.ts. Null for a written answer, or when the browser could not analyse it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mock_answers').addColumn('delivery', 'text').execute()
}
