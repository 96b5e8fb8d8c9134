import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../db/connection'
import { migrateToLatest } from '../db/migrate'
import { createRepositories, type Repositories } from '../repositories'
import { testDatabases } from '../test-support/databases'
import { demoEn } from './demo-en'
import { demoFr } from './demo-fr'
import { seedDemoAccount } from './seed'

describe.each(testDatabases)('demo seed on $kind', (database) => {
  let handle: DatabaseHandle
  let repos: Repositories
  beforeEach(async () => {
    handle = await database.open()
    await migrateToLatest(handle.db)
    repos = createRepositories(handle.db)
  })
  afterEach(async () => {
    await handle.close()
  })

  it('creates a French and an English account with interviews and debriefs over weeks, once', async () => {
    const now = new Date('2026-06-01T12:00:00.000Z')
    for (const demo of [demoFr, demoEn]) {
      expect(await seedDemoAccount(repos, demo, now)).toBe('created')
      expect(await seedDemoAccount(repos, demo, now)).toBe('exists')
      const user = await repos.users.findByEmail(demo.email)
      expect(user?.language).toBe(demo.language)
      const interviews = await repos.interviews.list(user?.id ?? '')
      expect(interviews.length).toBeGreaterThanOrEqual(4)
      const days = interviews.map((i) => (now.getTime() - new Date(i.date).getTime()) / 86_400_000)
      expect(Math.max(...days)).toBeGreaterThan(21) // spread over weeks
      expect(Math.min(...days)).toBeLessThan(0) // and one still to come
      expect(interviews.filter((i) => i.debrief !== null).length).toBeGreaterThanOrEqual(3)
      const debriefs = await repos.debriefs.listContents(user?.id ?? '')
      expect(debriefs.some((d) => d.content.destabilizing.some((q) => q.rehearse && q.betterAnswer))).toBe(
        true,
      )
    }
  })
})
