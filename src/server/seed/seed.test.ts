import { describe, expect, it } from 'vitest'
import { testDatabases } from '../test-support/databases'
import { migratedPerTest } from '../test-support/repositories'
import { demoEn } from './demo-en'
import { demoFr } from './demo-fr'
import { seedDemoAccount } from './seed'

describe.each(testDatabases)('demo seed on $kind', (database) => {
  const ctx = migratedPerTest(database)

  it('creates a French and an English account with interviews and debriefs over weeks, once', async () => {
    const now = new Date('2026-06-01T12:00:00.000Z')
    for (const demo of [demoFr, demoEn]) {
      expect(await seedDemoAccount(ctx.repos, demo, now)).toBe('created')
      expect(await seedDemoAccount(ctx.repos, demo, now)).toBe('exists')
      const user = await ctx.repos.users.findByEmail(demo.email)
      expect(user?.language).toBe(demo.language)
      const interviews = await ctx.repos.interviews.list(user?.id ?? '')
      expect(interviews.length).toBeGreaterThanOrEqual(4)
      const days = interviews.map((i) => (now.getTime() - new Date(i.date).getTime()) / 86_400_000)
      expect(Math.max(...days)).toBeGreaterThan(21) // spread over weeks
      expect(Math.min(...days)).toBeLessThan(0) // and one still to come
      expect(interviews.filter((i) => i.debrief !== null).length).toBeGreaterThanOrEqual(3)
      const debriefs = await ctx.repos.debriefs.listContents(user?.id ?? '')
      expect(debriefs.some((d) => d.content.destabilizing.some((q) => q.rehearse && q.betterAnswer))).toBe(
        true,
      )
      // Spoken practice over several weeks, so that Progress draws the voice's weekly charts.
      const cards = await ctx.repos.cards.list(user?.id ?? '', {})
      const attempts = (
        await Promise.all(cards.map((c) => ctx.repos.attempts.listForCard(user?.id ?? '', c.id)))
      ).flat()
      const spoken = attempts.filter((a) => a.delivery !== null)
      const weeks = new Set(spoken.map((a) => Math.floor(new Date(a.createdAt).getTime() / (7 * 86_400_000))))
      expect(weeks.size).toBeGreaterThanOrEqual(3)
      expect(spoken.every((a) => a.spokenSeconds !== null && a.wordsPerMinute !== null)).toBe(true)
    }
  })
})
