import type { Kysely } from 'kysely'

// Which carried actions were ticked done from each interview's preparation plan: a done action
// stays in that plan (and the plans before it) and leaves the plans of later interviews.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('interview_prep')
    .addColumn('completed_action_ids', 'text', (c) => c.notNull().defaultTo('[]')) // JSON string[]
    .execute()
  // When the person answers "which prepared actions did you apply?": how many the plan offered
  // then (null until answered), so Progress compares what was applied with what was there.
  await db.schema.alterTable('interview_prep').addColumn('applied_offered', 'integer').execute()
}
