/**
 * Sign-in throttling, one counter at a time. Pure: the clock is passed in.
 * After `maxFailures` wrong passwords within `windowMs` on one counter, attempts counted there
 * are refused for `lockMs`. Which counter an attempt uses is `lockoutScope` in device-trust.ts:
 * the account-wide one shared by untrusted clients (kept whether the account exists or not, so
 * the answer reveals nothing), or the own counter of a browser the account signed in from.
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

/** Failures before this instant are forgotten: a failure now starts a new window. */
export function failureWindowStart(now: Date, policy: ThrottlePolicy): Date {
  return new Date(now.getTime() - policy.windowMs)
}

/**
 * One more failure counted: within the window the count goes up, else it starts again at 1;
 * a lock still running is kept, an expired one dropped. The store does the same in one atomic
 * statement, so that parallel guesses each count.
 */
export function countFailure(
  state: ThrottleState | undefined,
  now: Date,
  policy: ThrottlePolicy,
): ThrottleState {
  const windowOpen = state !== undefined && state.windowStartedAt > failureWindowStart(now, policy)
  return {
    failures: windowOpen ? state.failures + 1 : 1,
    windowStartedAt: windowOpen ? state.windowStartedAt : now,
    lockedUntil: state?.lockedUntil && state.lockedUntil > now ? state.lockedUntil : null,
  }
}

/** The lock a counted failure calls for, or undefined while under the limit (or already locked). */
export function lockAfterFailure(
  counted: ThrottleState,
  now: Date,
  policy: ThrottlePolicy,
): ThrottleState | undefined {
  if (retryAfterSeconds(counted, now) > 0 || counted.failures < policy.maxFailures) return undefined
  // A lock ends the window: after it, the count starts again from zero.
  return { failures: 0, windowStartedAt: now, lockedUntil: new Date(now.getTime() + policy.lockMs) }
}

/** The state after one more failure. */
export function recordFailure(
  state: ThrottleState | undefined,
  now: Date,
  policy: ThrottlePolicy,
): ThrottleState {
  const counted = countFailure(state, now, policy)
  return lockAfterFailure(counted, now, policy) ?? counted
}

/** A stored state that no longer matters (window over, no lock running) can be deleted. */
export function isStale(state: ThrottleState, now: Date, policy: ThrottlePolicy): boolean {
  return retryAfterSeconds(state, now) === 0 && state.windowStartedAt <= failureWindowStart(now, policy)
}
