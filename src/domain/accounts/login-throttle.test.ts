import { describe, expect, it } from 'vitest'
import {
  countFailure,
  isStale,
  lockAfterFailure,
  recordFailure,
  retryAfterSeconds,
  type ThrottlePolicy,
  type ThrottleState,
} from './login-throttle'

const policy: ThrottlePolicy = { maxFailures: 3, windowMs: 60_000, lockMs: 120_000 }
const at = (s: number) => new Date(Date.UTC(2026, 0, 1) + s * 1000)

describe('login throttle', () => {
  it('allows attempts until the limit, then locks for the lock duration', () => {
    let state: ThrottleState | undefined
    state = recordFailure(state, at(0), policy)
    state = recordFailure(state, at(1), policy)
    expect(retryAfterSeconds(state, at(2))).toBe(0)
    state = recordFailure(state, at(2), policy)
    expect(retryAfterSeconds(state, at(2))).toBe(120)
    expect(retryAfterSeconds(state, at(61))).toBe(61)
    expect(retryAfterSeconds(state, at(122))).toBe(0)
  })

  it('forgets failures once the window has passed', () => {
    let state = recordFailure(undefined, at(0), policy)
    state = recordFailure(state, at(1), policy)
    state = recordFailure(state, at(100), policy)
    expect(state.failures).toBe(1)
    expect(retryAfterSeconds(state, at(100))).toBe(0)
  })

  it('no state means no wait', () => {
    expect(retryAfterSeconds(undefined, at(0))).toBe(0)
  })

  it('a failure counted while a lock runs keeps the lock (a guess that raced past the check)', () => {
    let state: ThrottleState | undefined
    for (let i = 0; i < 3; i++) state = recordFailure(state, at(i), policy)
    const late = recordFailure(state, at(3), policy)
    expect(retryAfterSeconds(late, at(3))).toBe(119)
  })

  it('every counted failure at or over the limit calls for a lock, so parallel guesses all lock', () => {
    const counted = { failures: 4, windowStartedAt: at(0), lockedUntil: null }
    expect(lockAfterFailure(counted, at(5), policy)?.lockedUntil).toEqual(at(125))
    expect(lockAfterFailure({ ...counted, failures: 2 }, at(5), policy)).toBeUndefined()
    expect(countFailure(counted, at(5), policy)).toEqual({ ...counted, failures: 5 })
  })

  it('a state is stale once its window is over and no lock runs', () => {
    const state = recordFailure(undefined, at(0), policy)
    expect(isStale(state, at(30), policy)).toBe(false)
    expect(isStale(state, at(60), policy)).toBe(true)
    const locked = { failures: 0, windowStartedAt: at(0), lockedUntil: at(120) }
    expect(isStale(locked, at(90), policy)).toBe(false)
    expect(isStale(locked, at(120), policy)).toBe(true)
  })
})
