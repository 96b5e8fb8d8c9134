import { beforeEach, describe, expect, it } from 'vitest'
import {
  countFailure,
  failureWindowStart,
  type ThrottlePolicy,
  type ThrottleState,
} from '../../domain/accounts/login-throttle'
import { buildApp } from '../app'
import { testAppOptions } from '../test-support/app'
import { testDatabases } from '../test-support/databases'
import { migratedPerTest } from '../test-support/repositories'
import { createLoginThrottleRepository, type LoginThrottleRepository } from './login-throttle.repository'

const policy: ThrottlePolicy = { maxFailures: 5, windowMs: 60_000, lockMs: 120_000 }
const at = (s: number) => new Date(Date.UTC(2026, 2, 2, 9) + s * 1000)

describe.each(testDatabases)('login throttle repository on $kind', (database) => {
  const ctx = migratedPerTest(database)
  let throttle: LoginThrottleRepository
  beforeEach(() => {
    throttle = createLoginThrottleRepository(ctx.handle.db)
  })

  const count = (key: string, s: number) =>
    throttle.countFailure(key, at(s), failureWindowStart(at(s), policy))

  it('counts a failure in one statement exactly as the domain rule says', async () => {
    let expected: ThrottleState | undefined
    // In the window, after it, and over a running lock then an expired one.
    for (const s of [0, 10, 20, 100]) {
      expected = countFailure(expected, at(s), policy)
      expect(await count('k', s)).toEqual(expected)
    }
    const lock = { failures: 0, windowStartedAt: at(110), lockedUntil: at(230) }
    await throttle.save('k', lock)
    expected = countFailure(lock, at(120), policy)
    expect(await count('k', 120)).toEqual(expected)
    expect(expected.lockedUntil).toEqual(at(230))
    expected = countFailure(expected, at(240), policy)
    expect(await count('k', 240)).toEqual(expected)
    expect(expected).toEqual({ failures: 1, windowStartedAt: at(240), lockedUntil: null })
  })

  it('counts every one of many failures sent at once', async () => {
    const counts = await Promise.all(Array.from({ length: 12 }, () => count('burst', 1)))
    expect(counts.map((c) => c.failures).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    )
    expect(await throttle.find('burst')).toMatchObject({ failures: 12 })
  })

  it('deletes rows whose window is over and whose lock, if any, has ended', async () => {
    await throttle.save('old', { failures: 2, windowStartedAt: at(0), lockedUntil: null })
    await throttle.save('recent', { failures: 2, windowStartedAt: at(50), lockedUntil: null })
    await throttle.save('locked', { failures: 0, windowStartedAt: at(0), lockedUntil: at(200) })
    await throttle.save('lock-over', { failures: 0, windowStartedAt: at(0), lockedUntil: at(90) })
    expect(await throttle.deleteStale(at(100), failureWindowStart(at(100), policy))).toBe(2)
    expect(await throttle.find('old')).toBeUndefined()
    expect(await throttle.find('lock-over')).toBeUndefined()
    expect(await throttle.find('recent')).toBeDefined()
    expect(await throttle.find('locked')).toBeDefined()
  })

  it('the app sweeps stale rows when it starts', async () => {
    await throttle.save('old', { failures: 2, windowStartedAt: at(0), lockedUntil: null })
    await throttle.save('recent', { failures: 2, windowStartedAt: at(50), lockedUntil: null })
    const app = await buildApp(
      testAppOptions({ database: ctx.handle, now: () => at(100), throttlePolicy: policy }),
    )
    try {
      expect(await app.repositories.loginThrottle.find('old')).toBeUndefined()
      expect(await app.repositories.loginThrottle.find('recent')).toBeDefined()
    } finally {
      await app.close()
    }
  })
})
