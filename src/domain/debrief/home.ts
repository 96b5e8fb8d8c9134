/**
 * What Home puts forward: the one next step that matters now, and gentle prompts for
 * interviews still waiting for their debrief. Pure: the clock is passed in.
 */
export type InterviewForHome = {
  id: string
  company: string
  role: string
  date: string
  /** null when no debrief was started. */
  debriefProgress: number | null
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

export function homeView(interviews: readonly InterviewForHome[], openActions: number, now: Date): HomeView {
  if (interviews.length === 0) return { next: { kind: 'capture_first' }, overdueDebriefs: [] }
  const t = now.getTime()
  const past = interviews
    .filter(
      (i) =>
        new Date(i.date).getTime() <= t && t - new Date(i.date).getTime() < FORGET_AFTER_DAYS * 24 * HOUR,
    )
    .sort((a, b) => b.date.localeCompare(a.date))
  const upcoming = interviews
    .filter((i) => new Date(i.date).getTime() > t)
    .sort((a, b) => a.date.localeCompare(b.date))

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
  if (prepare) return { next: prepare, overdueDebriefs }
  return { next: { kind: 'all_clear' }, overdueDebriefs }
}
