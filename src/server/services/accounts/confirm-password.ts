import {
  failureWindowStart,
  lockAfterFailure,
  retryAfterSeconds,
  type ThrottlePolicy,
} from '../../../domain/accounts/login-throttle'
import { confirmThrottleKey } from '../../repositories/login-throttle.repository'
import type { UserRecord } from '../../repositories/users.repository'
import { verifyPassword } from '../../security/passwords'
import type { ServiceContext } from '../context'

export type PasswordCheck = { ok: true } | { ok: false; retryAfterSeconds: number }

/**
 * The signed-in person types their password again before a step that cannot be undone. Wrong
 * passwords are counted like sign-in's (same policy, its own counter per account): past the limit
 * every attempt waits, the right password included, until the lock ends.
 */
export async function confirmPassword(
  context: ServiceContext,
  user: UserRecord,
  password: string,
  policy: ThrottlePolicy,
): Promise<PasswordCheck> {
  const { repositories, now } = context
  const key = confirmThrottleKey(user.id)
  const state = await repositories.loginThrottle.find(key)
  const wait = retryAfterSeconds(state, now())
  if (wait > 0) return { ok: false, retryAfterSeconds: wait }
  // The stored hash, not the one remembered with the session (ADR 0008).
  const stored = (await repositories.users.findById(user.id))?.passwordHash ?? user.passwordHash
  if (await verifyPassword(stored, password)) {
    if (state) await repositories.loginThrottle.clear(key)
    return { ok: true }
  }
  const at = now()
  const counted = await repositories.loginThrottle.countFailure(key, at, failureWindowStart(at, policy))
  const lock = lockAfterFailure(counted, at, policy)
  if (lock) await repositories.loginThrottle.save(key, lock)
  return { ok: false, retryAfterSeconds: retryAfterSeconds(lock ?? counted, at) }
}
