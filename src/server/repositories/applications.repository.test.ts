import { beforeEach, describe, expect, it } from 'vitest'
import { emptyDebrief } from '../../domain/debrief'
import { testDatabases } from '../test-support/databases'
import { newCard } from '../test-support/rehearsal-builders'
import { insertApplication, insertInterview, insertOwnerWithApplication } from '../test-support/repositories'
import { migratedPerFile } from '../test-support/shared-database'
import type { Repositories } from '.'

const T0 = '2026-02-01T09:00:00.000Z'
const T1 = '2026-03-05T09:00:00.000Z'
const T2 = '2026-03-06T09:00:00.000Z'

describe.each(testDatabases)('applications repository on $kind', (database) => {
  const ctx = migratedPerFile(database)
  const interview = (id: string, applicationId: string, date: string) =>
    insertInterview(ctx.repos, 'u1', { id, applicationId, date, stage: 'hr', createdAt: T0 })

  beforeEach(async () => {
    await insertOwnerWithApplication(ctx.repos, {
      id: 'ecole',
      company: 'École 42',
      role: 'Cheffe de produit',
      createdAt: T0,
    })
    await insertApplication(ctx.repos, 'u1', {
      id: 'orange',
      company: 'Orange',
      role: 'Analyste',
      status: 'rejected',
      createdAt: '2026-03-01T09:00:00.000Z',
    })
    await insertApplication(ctx.repos, 'u1', {
      id: 'fnac',
      company: 'Fnac',
      role: 'Vendeur',
      createdAt: '2026-01-15T09:00:00.000Z',
    })
  })

  it('lists the latest activity first (last interview, else creation), with the interviews counted', async () => {
    await interview('e1', 'ecole', '2026-03-10T09:00:00.000Z')
    await interview('e2', 'ecole', '2026-02-10T09:00:00.000Z')
    await interview('f1', 'fnac', '2026-02-15T09:00:00.000Z')
    expect(
      (await ctx.repos.applications.list('u1', {})).map((a) => [a.id, a.interviewCount, a.lastInterviewAt]),
    ).toEqual([
      ['ecole', 2, '2026-03-10T09:00:00.000Z'],
      ['orange', 0, null],
      ['fnac', 1, '2026-02-15T09:00:00.000Z'],
    ])
  })

  it('filters by status, and by every word of a search whatever the case and accents', async () => {
    const ids = async (filter: Parameters<Repositories['applications']['list']>[1]) =>
      (await ctx.repos.applications.list('u1', filter)).map((a) => a.id)
    expect(await ids({ status: 'rejected' })).toEqual(['orange'])
    expect(await ids({ status: 'active' })).toEqual(['ecole', 'fnac'])
    expect(await ids({ q: 'ECOLE produit' })).toEqual(['ecole'])
    expect(await ids({ q: 'ecole analyste' })).toEqual([])
    expect(await ids({ q: 'analyste', status: 'active' })).toEqual([])
    expect(await ids({ q: '   ' })).toHaveLength(3)
  })

  it('changes only the fields given, and stamps the change', async () => {
    expect(
      await ctx.repos.applications.update('u1', 'fnac', { status: 'offer', notes: 'Appel vendredi' }, T1),
    ).toEqual({
      id: 'fnac',
      company: 'Fnac',
      role: 'Vendeur',
      postingUrl: '',
      source: '',
      status: 'offer',
      notes: 'Appel vendredi',
      createdAt: '2026-01-15T09:00:00.000Z',
      updatedAt: T1,
    })
    expect(await ctx.repos.applications.update('u1', 'missing', { notes: 'x' }, T1)).toBeUndefined()
  })

  const byB: [string, (repos: Repositories) => Promise<unknown>, unknown][] = [
    ['find', (repos) => repos.applications.find('u2', 'ecole'), undefined],
    [
      'findByCompanyAndRole',
      (repos) => repos.applications.findByCompanyAndRole('u2', 'École 42', 'Cheffe de produit'),
      undefined,
    ],
    ['list', (repos) => repos.applications.list('u2', {}), []],
    ['list with a search', (repos) => repos.applications.list('u2', { q: 'ecole' }), []],
    [
      'update',
      (repos) => repos.applications.update('u2', 'ecole', { company: 'x', status: 'withdrawn' }, T2),
      undefined,
    ],
    ['delete', (repos) => repos.applications.delete('u2', 'ecole'), false],
  ]
  it('user B reads, changes and deletes nothing of A’s, whatever the query', async () => {
    await interview('e1', 'ecole', T1)
    const applicationsOfA = async () => ({
      ecole: await ctx.repos.applications.find('u1', 'ecole'),
      interview: await ctx.repos.interviews.find('u1', 'e1'),
    })
    const before = await applicationsOfA()
    for (const [query, act, nothing] of byB) {
      expect(await act(ctx.repos), query).toEqual(nothing)
      expect(await applicationsOfA(), `A’s application after B’s ${query}`).toEqual(before)
    }
  })

  it('deleting an application removes its interviews, their debriefs and debrief cards; other cards stay', async () => {
    await interview('e1', 'ecole', T1)
    await interview('f1', 'fnac', T1)
    await ctx.repos.debriefs.save('u1', 'e1', 0, emptyDebrief(), 10, T1)
    const debriefCard = (id: string, interviewId: string) =>
      newCard(id, T1, { source: 'debrief', interviewId, debriefQuestionId: 'q1', category: 'from_interview' })
    await ctx.repos.cards.insert('u1', debriefCard('card-e1', 'e1'))
    await ctx.repos.cards.insert('u1', debriefCard('card-f1', 'f1'))
    await ctx.repos.cards.insert('u1', newCard('own', T1))

    expect(await ctx.repos.applications.delete('u1', 'ecole')).toBe(true)
    expect(await ctx.repos.applications.find('u1', 'ecole')).toBeUndefined()
    expect(await ctx.repos.interviews.find('u1', 'e1')).toBeUndefined()
    expect(await ctx.repos.debriefs.find('u1', 'e1')).toBeUndefined()
    expect((await ctx.repos.cards.list('u1')).map((c) => c.id).sort()).toEqual(['card-f1', 'own'])
    expect((await ctx.repos.interviews.list('u1')).map((i) => i.id)).toEqual(['f1'])
    expect(await ctx.repos.applications.delete('u1', 'ecole')).toBe(false)
  })
})
