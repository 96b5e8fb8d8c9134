import { sql } from 'kysely'
import { beforeEach, describe, expect, it } from 'vitest'
import { emptyDebrief } from '../../domain/debrief'
import { testDatabases } from '../test-support/databases'
import { insertInterview, insertOwnerWithApplication, migratedPerTest } from '../test-support/repositories'

const T0 = '2026-03-02T09:00:00.000Z'

describe.each(testDatabases)('application, interview and debrief repositories on $kind', (database) => {
  const ctx = migratedPerTest(database)

  beforeEach(async () => {
    await insertOwnerWithApplication(ctx.repos, {
      id: 'a1',
      company: 'Société Générale',
      role: 'Analyste',
      source: 'LinkedIn',
      createdAt: T0,
    })
    await insertInterview(ctx.repos, 'u1', {
      id: 'i1',
      applicationId: 'a1',
      date: '2026-03-01T10:00:00.000Z',
      stage: 'hr',
      format: 'phone',
      interviewers: [{ name: 'Léa', role: 'RH' }],
      durationMinutes: 30,
      gutFeeling: 3,
      note: 'Premier échange',
      createdAt: T0,
    })
  })

  it('reads back what it wrote, JSON and integers included, scoped by owner', async () => {
    expect(await ctx.repos.interviews.find('u1', 'i1')).toMatchObject({
      interviewers: [{ name: 'Léa', role: 'RH' }],
      durationMinutes: 30,
      gutFeeling: 3,
      format: 'phone',
    })
    expect(await ctx.repos.interviews.find('u2', 'i1')).toBeUndefined()
    expect(await ctx.repos.applications.find('u2', 'a1')).toBeUndefined()
    expect(await ctx.repos.applications.update('u2', 'a1', { status: 'withdrawn' }, T0)).toBeUndefined()
    expect(await ctx.repos.interviews.delete('u2', 'i1')).toBe(false)
  })

  it('finds an application by company and role whatever the case and accents', async () => {
    expect(
      (await ctx.repos.applications.findByCompanyAndRole('u1', 'societe generale', 'ANALYSTE'))?.id,
    ).toBe('a1')
    expect(
      await ctx.repos.applications.findByCompanyAndRole('u2', 'Société Générale', 'Analyste'),
    ).toBeUndefined()
    const [summary] = await ctx.repos.applications.list('u1', { q: 'generale' })
    expect(summary).toMatchObject({
      id: 'a1',
      interviewCount: 1,
      lastInterviewAt: '2026-03-01T10:00:00.000Z',
    })
  })

  it('saves a debrief only on the version it was based on (optimistic concurrency)', async () => {
    const a = { ...emptyDebrief(), currentStep: 'replay' as const }
    const first = await ctx.repos.debriefs.save('u1', 'i1', 0, a, 10, T0)
    expect(first).toMatchObject({ saved: true, debrief: { version: 1 } })
    const again = await ctx.repos.debriefs.save('u1', 'i1', 0, emptyDebrief(), 0, T0)
    expect(again).toMatchObject({ saved: false, current: { version: 1, content: { currentStep: 'replay' } } })
    const second = await ctx.repos.debriefs.save('u1', 'i1', 1, { ...a, currentStep: 'diagnose' }, 20, T0)
    expect(second).toMatchObject({ saved: true, debrief: { version: 2, progress: 20 } })
    expect(await ctx.repos.debriefs.save('u2', 'i1', 2, a, 0, T0)).toMatchObject({
      saved: false,
      current: undefined,
    })
  })

  it('two saves racing on the same version: exactly one wins', async () => {
    await ctx.repos.debriefs.save('u1', 'i1', 0, emptyDebrief(), 0, T0)
    const results = await Promise.all([
      ctx.repos.debriefs.save('u1', 'i1', 1, { ...emptyDebrief(), currentStep: 'replay' }, 0, T0),
      ctx.repos.debriefs.save('u1', 'i1', 1, { ...emptyDebrief(), currentStep: 'ratings' }, 0, T0),
    ])
    expect(results.filter((r) => r.saved)).toHaveLength(1)
    expect((await ctx.repos.debriefs.find('u1', 'i1'))?.version).toBe(2)
  })

  it('deleting the user leaves no row of theirs in any table', async () => {
    await ctx.repos.debriefs.save('u1', 'i1', 0, emptyDebrief(), 0, T0)
    await ctx.repos.users.delete('u1')
    for (const table of [
      'applications',
      'interviews',
      'debriefs',
      'sessions',
      'cards',
      'attempts',
      'attempt_audio',
    ] as const) {
      const { rows } = await sql<{
        n: number | string
      }>`select count(*) as n from ${sql.table(table)} where user_id = ${'u1'}`.execute(ctx.handle.db)
      expect(Number(rows[0]?.n), table).toBe(0)
    }
  })
})
