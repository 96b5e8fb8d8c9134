/**
 * Where a feedback request stands. Pure: the clock is passed in.
 * to_ask → asked (on a date) → follow-up due (a week later by default, editable) →
 * received, declined or no answer.
 */
export const FEEDBACK_STATUSES = ['to_ask', 'asked', 'received', 'declined', 'no_answer'] as const
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]

export type FeedbackTracking = { status: FeedbackStatus; askedAt: string | null; followUpAt: string | null }

export const DEFAULT_FOLLOW_UP_DAYS = 7

export function defaultFollowUp(askedAt: Date, days = DEFAULT_FOLLOW_UP_DAYS): Date {
  return new Date(askedAt.getTime() + days * 86_400_000)
}

/** True when the request was sent, nothing came back, and the follow-up date has come. */
export function isFollowUpDue(tracking: FeedbackTracking, now: Date): boolean {
  return (
    tracking.status === 'asked' &&
    tracking.followUpAt !== null &&
    new Date(tracking.followUpAt).getTime() <= now.getTime()
  )
}

export type Stage = FeedbackStatus | 'follow_up_due'
export const displayStage = (tracking: FeedbackTracking, now: Date): Stage =>
  isFollowUpDue(tracking, now) ? 'follow_up_due' : tracking.status
