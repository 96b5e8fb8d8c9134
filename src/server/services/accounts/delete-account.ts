import { confirmThrottleKey, loginThrottleKey } from '../../repositories/login-throttle.repository'
import type { ServiceContext } from '../context'

/**
 * Deletes the account and everything it owns (the schema cascades from the user row), and its
 * sign-in and confirmation throttle rows, in one transaction: nothing of the person is left
 * half-deleted. The route has already checked the password (`confirm-password.ts`).
 */
export async function deleteAccount(context: ServiceContext, user: { id: string; email: string }) {
  await context.transaction(async (tx) => {
    await tx.users.delete(user.id)
    await tx.loginThrottle.clear(loginThrottleKey(user.email))
    await tx.loginThrottle.clear(confirmThrottleKey(user.id))
  })
}
