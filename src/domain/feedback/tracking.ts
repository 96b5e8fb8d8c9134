import { atLocalClock } from '../accounts/time-zone'

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

/**
 * The calendar reminder of a follow-up: on its day in the person's time zone, at a working hour
 * there (never at the clock time the request happened to be marked), with an alarm shortly before.
 */
export const FOLLOW_UP_REMINDER = { hour: 9, minute: 30, durationMinutes: 15, alarmMinutesBefore: 15 }

export function followUpReminderStart(followUpAt: Date, timeZone: string): Date {
  return atLocalClock(followUpAt, timeZone, FOLLOW_UP_REMINDER.hour, FOLLOW_UP_REMINDER.minute)
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
