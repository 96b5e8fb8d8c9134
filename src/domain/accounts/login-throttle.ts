/**
 * Per-account sign-in throttling. Pure: the clock is passed in.
 * After `maxFailures` wrong passwords within `windowMs`, sign-in for that email is refused
 * for `lockMs`, whether the account exists or not (so the answer reveals nothing).
 */
export type ThrottlePolicy = { maxFailures: number; windowMs: number; lockMs: number }

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
}

export type ThrottleState = { failures: number; windowStartedAt: Date; lockedUntil: Date | null }

/** Seconds to wait before trying again, or 0 when an attempt is allowed now. */
export function retryAfterSeconds(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0
  const ms = state.lockedUntil.getTime() - now.getTime()
  return ms > 0 ? Math.ceil(ms / 1000) : 0
}

export function recordFailure(
  state: ThrottleState | undefined,
  now: Date,
  policy: ThrottlePolicy,
): ThrottleState {
  const windowOpen = state !== undefined && now.getTime() - state.windowStartedAt.getTime() < policy.windowMs
  const failures = windowOpen ? state.failures + 1 : 1
  const windowStartedAt = windowOpen ? state.windowStartedAt : now
  const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null
  // A lock ends the window: after it, the count starts again from zero.
  return lockedUntil
    ? { failures: 0, windowStartedAt: now, lockedUntil }
    : { failures, windowStartedAt, lockedUntil }
}
