/**
 * What Home puts forward: the one next step that matters now, gentle prompts for interviews
 * still waiting for their debrief, the interviews to come (each flagged when its application
 * says otherwise), and recent interviews still waiting for an answer. Pure: the clock is passed in.
 */
import type { ApplicationStatus, InterviewOutcome } from './taxonomy'

export type InterviewForHome = {
  id: string
  company: string
  role: string
  date: string
  /** null when no debrief was started. */
  debriefProgress: number | null
  /** Defaults to 'pending' and 'active' when left out. */
  outcome?: InterviewOutcome
  applicationStatus?: ApplicationStatus
}

/**
 * Why an interview to come does not add up: its application, or the interview itself, is
 * marked "Non retenu" while the round is still ahead.
 */
export type UpcomingConflict = 'application_rejected' | 'interview_rejected'

export type UpcomingForHome = {
  interviewId: string
  company: string
  role: string
  date: string
  conflict: UpcomingConflict | null
}

/** What else Home needs to know besides the interviews. */
export type HomeFacts = {
  /** Open actions from past debriefs, to check before the next interview. */
  openActions: number
  /** Rehearsal cards due now (the same count as the rehearsal queue). */
  dueCards: number
}

export type NextStep =
  | { kind: 'capture_first' }
  | { kind: 'debrief_fresh'; interviewId: string; company: string; role: string }
  | { kind: 'debrief_overdue'; interviewId: string; company: string; role: string; hoursSince: number }
  | { kind: 'debrief_continue'; interviewId: string; company: string; role: string; progress: number }
  | {
      kind: 'prepare_upcoming'
      interviewId: string
      company: string
      role: string
      date: string
      openActions: number
    }
  | { kind: 'rehearse_due'; count: number }
  | { kind: 'resolve_conflict'; interviewId: string; company: string; role: string; date: string }
  | { kind: 'all_clear' }

export type HomeView = {
  next: NextStep
  overdueDebriefs: { interviewId: string; company: string; role: string; hoursSince: number }[]
}

const HOUR = 60 * 60 * 1000
/** After this, a missing debrief gets a gentle prompt. */
export const DEBRIEF_PROMPT_AFTER_HOURS = 24
/** Interviews older than this are not nagged about any more. */
const FORGET_AFTER_DAYS = 30
/** An upcoming interview this close comes first when there are actions to check. */
const SOON_DAYS = 3
/** Past interviews still "pending" are offered a one-tap "not selected" for this many days. */
export const AWAITING_ANSWER_DAYS = 21
/** Home shows at most this many interviews to come, soonest first. */
export const UPCOMING_ON_HOME = 5

export function upcomingConflict(interview: InterviewForHome): UpcomingConflict | null {
  if (interview.applicationStatus === 'rejected') return 'application_rejected'
  if (interview.outcome === 'rejected') return 'interview_rejected'
  return null
}

/** The interviews to come, soonest first, each flagged when it contradicts a rejection. */
export function upcomingInterviews(interviews: readonly InterviewForHome[], now: Date): UpcomingForHome[] {
  const t = now.getTime()
  return interviews
    .filter((i) => new Date(i.date).getTime() > t)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, UPCOMING_ON_HOME)
    .map((i) => ({
      interviewId: i.id,
      company: i.company,
      role: i.role,
      date: i.date,
      conflict: upcomingConflict(i),
    }))
}

/**
 * Past interviews of the last three weeks with no answer recorded yet, newest first: where
 * a "not selected" can be recorded in one tap, opening the 48-hour plan.
 */
export function awaitingAnswer(interviews: readonly InterviewForHome[], now: Date, limit = 3) {
  const t = now.getTime()
  return interviews
    .filter((i) => {
      const at = new Date(i.date).getTime()
      return (
        at <= t &&
        t - at < AWAITING_ANSWER_DAYS * 24 * HOUR &&
        (i.outcome ?? 'pending') === 'pending' &&
        (i.applicationStatus ?? 'active') === 'active'
      )
    })
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, limit)
    .map((i) => ({ interviewId: i.id, company: i.company, role: i.role, date: i.date }))
}

export function homeView(
  interviews: readonly InterviewForHome[],
  { openActions, dueCards }: HomeFacts,
  now: Date,
): HomeView {
  if (interviews.length === 0) return { next: { kind: 'capture_first' }, overdueDebriefs: [] }
  const t = now.getTime()
  const past = interviews
    .filter(
      (i) =>
        new Date(i.date).getTime() <= t && t - new Date(i.date).getTime() < FORGET_AFTER_DAYS * 24 * HOUR,
    )
    .sort((a, b) => b.date.localeCompare(a.date))
  const ahead = interviews
    .filter((i) => new Date(i.date).getTime() > t)
    .sort((a, b) => a.date.localeCompare(b.date))
  // A round marked "Non retenu" is not one to prepare: it is flagged instead.
  const upcoming = ahead.filter((i) => upcomingConflict(i) === null)
  const conflicted = ahead.find((i) => upcomingConflict(i) !== null)

  const hoursSince = (i: InterviewForHome) => Math.floor((t - new Date(i.date).getTime()) / HOUR)
  const notStarted = past.filter((i) => i.debriefProgress === null)
  const overdue = notStarted.filter((i) => hoursSince(i) >= DEBRIEF_PROMPT_AFTER_HOURS)
  const overdueDebriefs = overdue.map((i) => ({
    interviewId: i.id,
    company: i.company,
    role: i.role,
    hoursSince: hoursSince(i),
  }))
  const ids = (i: InterviewForHome) => ({ interviewId: i.id, company: i.company, role: i.role })

  const fresh = notStarted.find((i) => hoursSince(i) < DEBRIEF_PROMPT_AFTER_HOURS)
  if (fresh) return { next: { kind: 'debrief_fresh', ...ids(fresh) }, overdueDebriefs }

  const nextUp = upcoming[0]
  const prepare = nextUp
    ? ({ kind: 'prepare_upcoming', ...ids(nextUp), date: nextUp.date, openActions } as const)
    : undefined
  if (prepare && openActions > 0 && new Date(prepare.date).getTime() - t <= SOON_DAYS * 24 * HOUR) {
    return { next: prepare, overdueDebriefs }
  }
  const firstOverdue = overdue[0]
  if (firstOverdue)
    return {
      next: { kind: 'debrief_overdue', ...ids(firstOverdue), hoursSince: hoursSince(firstOverdue) },
      overdueDebriefs,
    }
  const unfinished = past.find((i) => i.debriefProgress !== null && i.debriefProgress < 100)
  if (unfinished) {
    return {
      next: { kind: 'debrief_continue', ...ids(unfinished), progress: unfinished.debriefProgress ?? 0 },
      overdueDebriefs,
    }
  }
  if (dueCards > 0) return { next: { kind: 'rehearse_due', count: dueCards }, overdueDebriefs }
  if (prepare) return { next: prepare, overdueDebriefs }
  if (conflicted) {
    return {
      next: { kind: 'resolve_conflict', ...ids(conflicted), date: conflicted.date },
      overdueDebriefs,
    }
  }
  // "All clear" only when nothing is due, nothing is ahead and every debrief is done.
  return { next: { kind: 'all_clear' }, overdueDebriefs }
}
