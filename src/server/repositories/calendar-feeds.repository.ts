import type { Kysely } from 'kysely'
import type { FeedFollowUp, FeedInterview, FeedRebound } from '../../domain/calendar/entries'
import type { Database } from '../db/schema'
import { askedWithFollowUp } from './feedback.repository'

/** A person's calendar subscription, by the SHA-256 of its secret, and what its feed shows. */
export function createCalendarFeedsRepository(db: Kysely<Database>) {
  /** The subscription, found by its owner or by its secret. */
  const subscription = (by: 'user_id' | 'token_hash', value: string) =>
    db
      .selectFrom('calendar_feeds')
      .select(['user_id as userId', 'created_at as createdAt'])
      .where(by, '=', value)
      .executeTakeFirst()

  return {
    async find(userId: string): Promise<{ createdAt: string } | undefined> {
      const row = await subscription('user_id', userId)
      return row ? { createdAt: row.createdAt } : undefined
    },

    /** Sets the subscription's secret: a new one replaces the old, which stops working at once. */
    async save(userId: string, tokenHash: string, createdAt: string): Promise<void> {
      await db
        .insertInto('calendar_feeds')
        .values({ user_id: userId, token_hash: tokenHash, created_at: createdAt })
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: createdAt }),
        )
        .execute()
    },

    async delete(userId: string): Promise<boolean> {
      const result = await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },

    /** Whose feed a secret opens, if anyone's. */
    async ownerOf(tokenHash: string): Promise<{ userId: string } | undefined> {
      const row = await subscription('token_hash', tokenHash)
      return row ? { userId: row.userId } : undefined
    },

    /** What the owner's feed shows from `since` on: interviews, planned follow-ups, open rebounds. */
    async sources(
      userId: string,
      since: string,
    ): Promise<{ interviews: FeedInterview[]; followUps: FeedFollowUp[]; rebounds: FeedRebound[] }> {
      const [interviews, followUps, rebounds] = await Promise.all([
        db
          .selectFrom('interviews')
          .innerJoin('applications', 'applications.id', 'interviews.application_id')
          .select([
            'interviews.id',
            'interviews.date',
            'interviews.duration_minutes as durationMinutes',
            'interviews.stage',
            'applications.company',
            'applications.role',
          ])
          .where('interviews.user_id', '=', userId)
          .where('applications.user_id', '=', userId)
          .where('interviews.date', '>=', since)
          .orderBy('interviews.date')
          .execute(),
        askedWithFollowUp(db, userId)
          .select([
            'feedback_requests.interview_id',
            'feedback_requests.follow_up_at',
            'interviews.date',
            'applications.company',
            'applications.role',
          ])
          .where('feedback_requests.follow_up_at', '>=', since)
          .execute(),
        db
          .selectFrom('rebounds')
          .innerJoin('applications', 'applications.id', 'rebounds.application_id')
          .select(['rebounds.id', 'rebounds.created_at as createdAt', 'applications.company'])
          .where('rebounds.user_id', '=', userId)
          .where('applications.user_id', '=', userId)
          .where('rebounds.closed_at', 'is', null)
          .where('rebounds.created_at', '>=', since)
          .execute(),
      ])
      return {
        interviews,
        followUps: followUps.map((r) => ({
          interviewId: r.interview_id,
          followUpAt: r.follow_up_at ?? '',
          interviewDate: r.date,
          company: r.company,
          role: r.role,
        })),
        rebounds,
      }
    },
  }
}

export type CalendarFeedsRepository = ReturnType<typeof createCalendarFeedsRepository>
