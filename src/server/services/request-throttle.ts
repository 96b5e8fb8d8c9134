import {
  failureWindowStart,
  lockAfterFailure,
  retryAfterSeconds,
  type ThrottlePolicy,
} from '../../domain/accounts/login-throttle'
import type { ServiceContext } from './context'

/**
 * Counts one request under `key` in the sign-in throttle table (shared by every instance). Returns 0
 * when it may go ahead, else the seconds to wait. The request that reaches the limit still goes;
 * the next ones wait. A policy's window must be no longer than sign-in's, so that the hourly sweep
 * never forgets a count too early.
 */
export async function countThrottledRequest(
  { repositories, now }: ServiceContext,
  key: string,
  policy: ThrottlePolicy,
): Promise<number> {
  const wait = retryAfterSeconds(await repositories.loginThrottle.find(key), now())
  if (wait > 0) return wait
  const at = now()
  const counted = await repositories.loginThrottle.countFailure(key, at, failureWindowStart(at, policy))
  const lock = lockAfterFailure(counted, at, policy)
  if (lock) await repositories.loginThrottle.save(key, lock)
  return 0
}
