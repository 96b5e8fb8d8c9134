import type { ThrottlePolicy } from '../../../domain/accounts/login-throttle'
import { confirmThrottleKey, loginThrottleKey } from '../../repositories/login-throttle.repository'
import type { UserRecord } from '../../repositories/users.repository'
import { newSessionToken, sha256 } from '../../security/tokens'
import type { ServiceContext } from '../context'
import { countThrottledRequest } from '../request-throttle'

/** A reset link works once, for one hour. */
export const RESET_LINK_LIFETIME_MS = 60 * 60 * 1000
/** Used and expired links are kept this long past their expiry (a late click says "expired"), then swept. */
export const RESET_LINK_KEPT_MS = 7 * 24 * 60 * 60 * 1000

/**
 * Reset requests per address, whether an account uses it or not (so that the answer says nothing):
 * 3 within 15 minutes, then an hour's wait. In the sign-in throttle table, on a key of its own;
 * its window is no longer than sign-in's, so the hourly sweep never forgets a count too early.
 */
export const RESET_REQUEST_POLICY: ThrottlePolicy = {
  maxFailures: 3,
  windowMs: 15 * 60 * 1000,
  lockMs: 60 * 60 * 1000,
}

export const resetRequestThrottleKey = (email: string): string => sha256(`reset:${email}`)

/** The page a reset link opens; the token rides in the fragment, which browsers never send to a server. */
export const resetLink = (origin: string, token: string): string => `${origin}/reset-password#${token}`

/** What a stored link says of the password it was made for: a change since makes it stale. */
const passwordFingerprint = (passwordHash: string): string => sha256(`reset-fingerprint:${passwordHash}`)

/**
 * Counts one reset request for an address. Returns 0 when it may go ahead, else the seconds to
 * wait. The same work whether an account uses the address or not.
 */
export async function countResetRequest(context: ServiceContext, email: string): Promise<number> {
  return countThrottledRequest(context, resetRequestThrottleKey(email), RESET_REQUEST_POLICY)
}

/** Makes a new reset link for the user: the token (for the link only) and when it stops working. */
export async function createResetToken(
  context: ServiceContext,
  user: UserRecord,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken()
  const at = context.now()
  const expiresAt = new Date(at.getTime() + RESET_LINK_LIFETIME_MS)
  await context.repositories.passwordResets.insert({
    id: sha256(token),
    userId: user.id,
    passwordFingerprint: passwordFingerprint(user.passwordHash),
    createdAt: at.toISOString(),
    expiresAt: expiresAt.toISOString(),
  })
  return { token, expiresAt }
}

/** What a link is worth now: `used` also covers a password changed since the link was made. */
export type ResetLinkState =
  | { status: 'valid'; user: UserRecord; tokenId: string; expiresAt: string }
  | { status: 'invalid' | 'expired' | 'used' }

/** A token string as it came from a link: anything that is not one of ours is `invalid`. */
export async function inspectResetToken(context: ServiceContext, token: string): Promise<ResetLinkState> {
  const { repositories, now } = context
  const stored = await repositories.passwordResets.find(sha256(token))
  if (!stored) return { status: 'invalid' }
  const user = await repositories.users.findById(stored.userId)
  if (!user) return { status: 'invalid' }
  if (stored.usedAt !== null) return { status: 'used' }
  if (stored.passwordFingerprint !== passwordFingerprint(user.passwordHash)) return { status: 'used' }
  if (new Date(stored.expiresAt) <= now()) return { status: 'expired' }
  return { status: 'valid', user, tokenId: stored.id, expiresAt: stored.expiresAt }
}

/**
 * Sets the new password through a link, in one transaction: the link is spent (of two racing
 * requests one wins), every other link of the account too, every session of the account ends, and
 * the sign-in and confirmation locks are lifted (the person has just proved they own the address).
 * Returns the link's state: anything but `valid` changed nothing.
 */
export async function completeReset(
  context: ServiceContext,
  token: string,
  newPasswordHash: string,
): Promise<ResetLinkState> {
  return context.transaction(async (tx) => {
    const state = await inspectResetToken({ ...context, repositories: tx }, token)
    if (state.status !== 'valid') return state
    const at = context.now().toISOString()
    if (!(await tx.passwordResets.spend(state.tokenId, at))) return { status: 'used' }
    await tx.passwordResets.spendAllOfUser(state.user.id, at)
    await tx.users.updatePasswordHash(state.user.id, newPasswordHash, at)
    // No session is kept: a reset is made signed out, and whoever else was signed in is out now.
    await tx.sessions.deleteOthersOfUser(state.user.id, '')
    await tx.loginThrottle.clear(loginThrottleKey(state.user.email))
    await tx.loginThrottle.clear(confirmThrottleKey(state.user.id))
    return state
  })
}
