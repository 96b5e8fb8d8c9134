import { describe, expect, it } from 'vitest'
import { judgeSession, type SessionPolicy, sessionExpiry } from './session-policy'

const policy: SessionPolicy = { idleMs: 1000, absoluteMs: 5000, touchEveryMs: 100 }
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms)

describe('judgeSession', () => {
  it.each([
    {
      name: 'fresh session is active, no write needed',
      created: 0,
      seen: 0,
      now: 50,
      expected: { status: 'active', touch: false },
    },
    {
      name: 'used a while ago: active, refresh last seen',
      created: 0,
      seen: 0,
      now: 500,
      expected: { status: 'active', touch: true },
    },
    {
      name: 'idle too long',
      created: 0,
      seen: 0,
      now: 1000,
      expected: { status: 'expired', reason: 'idle' },
    },
    {
      name: 'kept alive but past the absolute limit',
      created: 0,
      seen: 4900,
      now: 5000,
      expected: { status: 'expired', reason: 'absolute' },
    },
  ])('$name', ({ created, seen, now, expected }) => {
    expect(judgeSession({ createdAt: at(created), lastSeenAt: at(seen) }, at(now), policy)).toEqual(expected)
  })

  it('expiry is the earlier of idle and absolute', () => {
    expect(sessionExpiry({ createdAt: at(0), lastSeenAt: at(0) }, policy)).toEqual(at(1000))
    expect(sessionExpiry({ createdAt: at(0), lastSeenAt: at(4500) }, policy)).toEqual(at(5000))
  })
})
