import type { Kysely } from 'kysely'

// A spoken attempt keeps the delivery figures measured on the device from its recording (pauses, pace
// range, pitch variation, fading phrases, probable fillers and what the person made of them): one JSON
// text, read and written whole with the attempt, shaped by src/shared/schemas/delivery.ts. Null for a
// written attempt, or when the browser could not analyse the recording.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('attempts').addColumn('delivery', 'text').execute()
}
