import { describe, expect, it } from 'vitest'
import {
  type DevicePolicy,
  type DeviceToken,
  formatDeviceToken,
  type LockoutScope,
  lockoutScope,
  parseDeviceToken,
} from './device-trust'
import { recordFailure, retryAfterSeconds, type ThrottlePolicy, type ThrottleState } from './login-throttle'

const at = (s: number) => new Date(Date.UTC(2026, 0, 1) + s * 1000)
const devicePolicy: DevicePolicy = { maxAgeMs: 100_000 }
const throttlePolicy: ThrottlePolicy = { maxFailures: 3, windowMs: 60_000, lockMs: 120_000 }

const ownerId = 'a1b2c3d4-0000-4000-8000-000000000001'
const otherId = 'a1b2c3d4-0000-4000-8000-000000000002'
const token = (userId: string, issuedAtSeconds = 0, nonce = 'n0nce_-A'): DeviceToken => ({
  userId,
  nonce,
  issuedAt: at(issuedAtSeconds),
})

describe('lockoutScope', () => {
  const device = (userId: string, nonce = 'n0nce_-A'): LockoutScope => ({ kind: 'device', userId, nonce })
  const untrusted: LockoutScope = { kind: 'untrusted' }

  it.each([
    { name: 'no device cookie: untrusted', device: undefined, account: ownerId, now: 1, expected: untrusted },
    {
      name: 'a device cookie for this account: its own counter',
      device: token(ownerId),
      account: ownerId,
      now: 1,
      expected: device(ownerId),
    },
    {
      name: 'a device cookie for another account gives nothing on this one',
      device: token(otherId),
      account: ownerId,
      now: 1,
      expected: untrusted,
    },
    {
      name: 'no account has this email: untrusted, whatever the cookie',
      device: token(ownerId),
      account: undefined,
      now: 1,
      expected: untrusted,
    },
    {
      name: 'just before its maximum age: still trusted',
      device: token(ownerId, 10),
      account: ownerId,
      now: 109,
      expected: device(ownerId),
    },
    {
      name: 'at its maximum age: untrusted',
      device: token(ownerId, 10),
      account: ownerId,
      now: 110,
      expected: untrusted,
    },
  ])('$name', ({ device: cookie, account, now, expected }) => {
    expect(lockoutScope(cookie, account, at(now), devicePolicy)).toEqual(expected)
  })
})

describe('device token', () => {
  it('reads back what it wrote', () => {
    const original = token(ownerId, 42, 'Zm9vYmFy_-x')
    expect(parseDeviceToken(formatDeviceToken(original))).toEqual(original)
  })

  it.each([
    ['', 'empty'],
    ['only-one-part', 'one part'],
    [`${ownerId}.nonce`, 'two parts'],
    [`${ownerId}.nonce.123.extra`, 'four parts'],
    [`${ownerId}..123`, 'an empty nonce'],
    [`${ownerId}.nonce.12a`, 'a time that is not a number'],
    [`${ownerId}.no nce.123`, 'a space'],
    [`${ownerId}.nonce.${'9'.repeat(16)}`, 'an absurd time'],
  ])('refuses %j (%s)', (value) => {
    expect(parseDeviceToken(value)).toBeUndefined()
  })
})

describe('a stranger guessing against the owner, counter by counter', () => {
  // The route counts each failure on the counter `lockoutScope` picks; this replays that with the
  // domain rules alone.
  type Attempt = { who: string; cookie: DeviceToken | undefined; at: number }
  /** Guesses from clients with no cookie, one a second from the start: 'stranger 1', 'stranger 2'… */
  const strangers = (count: number): Attempt[] =>
    Array.from({ length: count }, (_, i) => ({ who: `stranger ${i + 1}`, cookie: undefined, at: i + 1 }))
  function replay(attempts: Attempt[]) {
    const counters = new Map<string, ThrottleState>()
    const keyOf = (scope: LockoutScope) => (scope.kind === 'device' ? `device:${scope.nonce}` : 'untrusted')
    const refused: string[] = []
    for (const attempt of attempts) {
      const key = keyOf(lockoutScope(attempt.cookie, ownerId, at(attempt.at), devicePolicy))
      if (retryAfterSeconds(counters.get(key), at(attempt.at)) > 0) refused.push(attempt.who)
      else counters.set(key, recordFailure(counters.get(key), at(attempt.at), throttlePolicy))
    }
    return refused
  }

  it.each([
    {
      name: "the stranger's guesses lock untrusted clients, not the owner's browser",
      attempts: [
        ...strangers(4),
        { who: 'owner on a new device', cookie: undefined, at: 5 },
        { who: 'owner on their browser', cookie: token(ownerId, 0, 'owner'), at: 6 },
      ],
      refused: ['stranger 4', 'owner on a new device'],
    },
    {
      name: "the stranger's own account's cookie does not unlock the owner's",
      attempts: [
        ...strangers(3),
        { who: 'stranger with their own cookie', cookie: token(otherId, 0, 'theirs'), at: 4 },
      ],
      refused: ['stranger with their own cookie'],
    },
    {
      name: 'a stolen cookie is throttled on its own counter and leaves untrusted clients alone',
      attempts: [
        { who: 'thief 1', cookie: token(ownerId, 0, 'stolen'), at: 1 },
        { who: 'thief 2', cookie: token(ownerId, 0, 'stolen'), at: 2 },
        { who: 'thief 3', cookie: token(ownerId, 0, 'stolen'), at: 3 },
        { who: 'thief 4', cookie: token(ownerId, 0, 'stolen'), at: 4 },
        { who: 'owner on a new device', cookie: undefined, at: 5 },
        { who: 'owner on another browser', cookie: token(ownerId, 0, 'laptop'), at: 6 },
      ],
      refused: ['thief 4'],
    },
    {
      name: 'once the lock is over, untrusted clients may try again',
      attempts: [
        ...strangers(3),
        { who: 'owner on a new device, too early', cookie: undefined, at: 122 },
        { who: 'owner on a new device, after the lock', cookie: undefined, at: 123 },
      ],
      refused: ['owner on a new device, too early'],
    },
  ])('$name', ({ attempts, refused }) => {
    expect(replay(attempts)).toEqual(refused)
  })
})
