/**
 * When a session stops being valid. Pure: the clock is passed in.
 * A session ends after `idleMs` without use, and in any case `absoluteMs` after sign-in.
 */
export type SessionPolicy = {
  idleMs: number
  absoluteMs: number
  /** Last-seen is written at most this often, so reads do not turn every request into a write. */
  touchEveryMs: number
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 7 * 24 * 60 * 60 * 1000,
  absoluteMs: 30 * 24 * 60 * 60 * 1000,
  touchEveryMs: 60 * 1000,
}

export type SessionTimes = { createdAt: Date; lastSeenAt: Date }

export type SessionVerdict =
  | { status: 'active'; touch: boolean }
  | { status: 'expired'; reason: 'idle' | 'absolute' }

export function judgeSession(session: SessionTimes, now: Date, policy: SessionPolicy): SessionVerdict {
  const t = now.getTime()
  if (t >= session.createdAt.getTime() + policy.absoluteMs) return { status: 'expired', reason: 'absolute' }
  if (t >= session.lastSeenAt.getTime() + policy.idleMs) return { status: 'expired', reason: 'idle' }
  return { status: 'active', touch: t - session.lastSeenAt.getTime() >= policy.touchEveryMs }
}

/** The moment a session would expire if it were not used again: the earlier of idle and absolute. */
export function sessionExpiry(session: SessionTimes, policy: SessionPolicy): Date {
  return new Date(
    Math.min(session.lastSeenAt.getTime() + policy.idleMs, session.createdAt.getTime() + policy.absoluteMs),
  )
}
