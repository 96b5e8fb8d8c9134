import type { Kysely, Selectable } from 'kysely'
import type { Database, FeedbackRequestsTable } from '../db/schema'

export type StoredFeedback = {
  status: FeedbackRequestsTable['status']
  askedAt: string | null
  followUpAt: string | null
  tone: 'formal' | 'warm'
  lang: 'fr' | 'en'
  recipient: string
  subject: string
  body: string
  feedbackText: string
  receivedAt: string | null
  updatedAt: string
}

const toStored = (row: Selectable<FeedbackRequestsTable>): StoredFeedback => ({
  status: row.status,
  askedAt: row.asked_at,
  followUpAt: row.follow_up_at,
  tone: row.tone,
  lang: row.lang,
  recipient: row.recipient,
  subject: row.subject,
  body: row.body,
  feedbackText: row.feedback_text,
  receivedAt: row.received_at,
  updatedAt: row.updated_at,
})

/** Every query is scoped by the owner. */
/**
 * The person's feedback requests sent and still unanswered that have a follow-up date, joined to their
 * interview and application: the follow-ups due here, the calendar feed's follow-up events.
 */
export const askedWithFollowUp = (db: Kysely<Database>, userId: string) =>
  db
    .selectFrom('feedback_requests')
    .innerJoin('interviews', 'interviews.id', 'feedback_requests.interview_id')
    .innerJoin('applications', 'applications.id', 'interviews.application_id')
    .where('feedback_requests.user_id', '=', userId)
    .where('interviews.user_id', '=', userId)
    .where('feedback_requests.status', '=', 'asked')
    .where('feedback_requests.follow_up_at', 'is not', null)

export function createFeedbackRepository(db: Kysely<Database>) {
  return {
    async find(userId: string, interviewId: string): Promise<StoredFeedback | undefined> {
      const row = await db
        .selectFrom('feedback_requests')
        .selectAll()
        .where('user_id', '=', userId)
        .where('interview_id', '=', interviewId)
        .executeTakeFirst()
      return row ? toStored(row) : undefined
    },

    async save(
      userId: string,
      interviewId: string,
      f: Omit<StoredFeedback, 'updatedAt'>,
      now: string,
    ): Promise<StoredFeedback> {
      const values = {
        status: f.status,
        asked_at: f.askedAt,
        follow_up_at: f.followUpAt,
        tone: f.tone,
        lang: f.lang,
        recipient: f.recipient,
        subject: f.subject,
        body: f.body,
        feedback_text: f.feedbackText,
        received_at: f.receivedAt,
        updated_at: now,
      }
      const row = await db
        .insertInto('feedback_requests')
        .values({ interview_id: interviewId, user_id: userId, created_at: now, ...values })
        // Never someone else's request: the update applies only to the owner's row.
        .onConflict((oc) =>
          oc.column('interview_id').doUpdateSet(values).where('feedback_requests.user_id', '=', userId),
        )
        .returningAll()
        .executeTakeFirstOrThrow()
      return toStored(row)
    },

    /** Requests sent with nothing back whose follow-up date has come. */
    async followUpsDue(userId: string, now: string) {
      return askedWithFollowUp(db, userId)
        .select([
          'feedback_requests.interview_id as interviewId',
          'applications.company',
          'applications.role',
          'feedback_requests.follow_up_at as followUpAt',
        ])
        .where('feedback_requests.follow_up_at', '<=', now)
        .orderBy('feedback_requests.follow_up_at', 'asc')
        .execute()
    },
  }
}
