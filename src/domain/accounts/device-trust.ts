/**
 * Which sign-in counter an attempt counts against (ADR 0006). Pure: the clock is passed in.
 *
 * A browser that signed in to an account successfully holds a signed device cookie naming that
 * account. Its attempts on that account are throttled by the device's own counter, never by the
 * account-wide one; every other attempt (no cookie, a cookie for another account, an expired one)
 * comes from an untrusted client and shares the account-wide counter. So a stranger guessing
 * passwords can lock out untrusted clients only: the owner still signs in from their usual browser.
 */
export type DeviceToken = { userId: string; nonce: string; issuedAt: Date }

export type DevicePolicy = {
  /** How long a device cookie is honoured after the sign-in that issued it (each sign-in renews it). */
  maxAgeMs: number
}

export const DEFAULT_DEVICE_POLICY: DevicePolicy = { maxAgeMs: 180 * 24 * 60 * 60 * 1000 }

export type LockoutScope = { kind: 'device'; userId: string; nonce: string } | { kind: 'untrusted' }

const UNTRUSTED: LockoutScope = { kind: 'untrusted' }

/** The cookie's value before signing: `<userId>.<nonce>.<issued at, ms since epoch>`. */
export function formatDeviceToken(token: DeviceToken): string {
  return `${token.userId}.${token.nonce}.${token.issuedAt.getTime()}`
}

const PART = /^[A-Za-z0-9_-]{1,100}$/

/** Reads a device cookie's (already verified) value; anything not of the expected shape is no token. */
export function parseDeviceToken(value: string): DeviceToken | undefined {
  const parts = value.split('.')
  if (parts.length !== 3) return undefined
  const [userId = '', nonce = '', issued = ''] = parts
  if (!PART.test(userId) || !PART.test(nonce) || !/^\d{1,15}$/.test(issued)) return undefined
  return { userId, nonce, issuedAt: new Date(Number(issued)) }
}

/**
 * The counter for an attempt on the account `accountUserId` (undefined when no account has that
 * email): the device's own when the browser holds a current device token for that very account,
 * else the account-wide one shared by untrusted clients.
 */
export function lockoutScope(
  device: DeviceToken | undefined,
  accountUserId: string | undefined,
  now: Date,
  policy: DevicePolicy,
): LockoutScope {
  if (!device || accountUserId === undefined || device.userId !== accountUserId) return UNTRUSTED
  const age = now.getTime() - device.issuedAt.getTime()
  if (age >= policy.maxAgeMs) return UNTRUSTED
  return { kind: 'device', userId: device.userId, nonce: device.nonce }
}
