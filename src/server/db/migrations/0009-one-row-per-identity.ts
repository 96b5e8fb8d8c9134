import { type Kysely, sql } from 'kysely'

// Identities the database now guarantees, so that concurrent requests cannot make duplicates:
// - a debrief-born card is one per (interview, replayed question), not per question id across
//   every interview (an API client reusing `q1` in two debriefs overwrote the other card);
// - one open rebound per interview (or per application when it has no interview).
// Frozen: imports no live code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('cards_user_debrief_question_idx').execute()
  await db.schema
    .createIndex('cards_user_interview_question_idx')
    .on('cards')
    .columns(['user_id', 'interview_id', 'debrief_question_id'])
    .unique()
    .execute()

  // Races could already have opened several rebounds for one rejection: the oldest stays open,
  // the others are closed (nothing is deleted), before the index forbids it.
  await sql`
    update rebounds set closed_at = updated_at
    where closed_at is null and exists (
      select 1 from rebounds as older
      where older.closed_at is null
        and older.user_id = rebounds.user_id
        and older.application_id = rebounds.application_id
        and coalesce(older.interview_id, '') = coalesce(rebounds.interview_id, '')
        and (older.created_at < rebounds.created_at
          or (older.created_at = rebounds.created_at and older.id < rebounds.id))
    )`.execute(db)
  await sql`
    create unique index rebounds_one_open_idx
    on rebounds (user_id, application_id, coalesce(interview_id, ''))
    where closed_at is null`.execute(db)
}
