import { beforeEach, describe, expect, it } from 'vitest'
import { testDatabases } from '../test-support/databases'
import { migratedPerTest } from '../test-support/repositories'
import { createRateLimitsRepository, type RateLimitsRepository } from './rate-limits.repository'

const at = (s: number) => new Date(Date.UTC(2026, 2, 2, 9) + s * 1000)
const MINUTE = 60_000

describe.each(testDatabases)('rate limits repository on $kind', (database) => {
  const ctx = migratedPerTest(database)
  let limits: RateLimitsRepository
  beforeEach(() => {
    limits = createRateLimitsRepository(ctx.handle.db)
  })

  it('counts hits in a window that starts with the first one, then starts afresh once it is over', async () => {
    expect(await limits.hit('k', at(0), MINUTE)).toEqual({ hits: 1, windowEndsAt: at(60) })
    expect(await limits.hit('k', at(10), MINUTE)).toEqual({ hits: 2, windowEndsAt: at(60) })
    expect(await limits.hit('k', at(59), MINUTE)).toEqual({ hits: 3, windowEndsAt: at(60) })
    expect(await limits.find('k', at(59))).toEqual({ hits: 3, windowEndsAt: at(60) })
    // The window is over: the next hit opens a new one.
    expect(await limits.find('k', at(60))).toBeUndefined()
    expect(await limits.hit('k', at(60), MINUTE)).toEqual({ hits: 1, windowEndsAt: at(120) })
    // Another key counts apart.
    expect(await limits.hit('other', at(61), MINUTE)).toEqual({ hits: 1, windowEndsAt: at(121) })
  })

  it('counts every one of many hits arriving at once', async () => {
    const counts = await Promise.all(Array.from({ length: 20 }, () => limits.hit('busy', at(0), MINUTE)))
    expect(counts.map((c) => c.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    )
    expect(await limits.find('busy', at(1))).toEqual({ hits: 20, windowEndsAt: at(60) })
  })

  it('deletes only the rows whose window is over', async () => {
    await limits.hit('old', at(0), MINUTE)
    await limits.hit('recent', at(30), MINUTE)
    expect(await limits.deleteExpired(at(60))).toBe(1)
    expect(await limits.find('old', at(0))).toBeUndefined()
    expect(await limits.find('recent', at(60))).toEqual({ hits: 1, windowEndsAt: at(90) })
  })
})
