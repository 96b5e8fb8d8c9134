import { beforeEach, describe, expect, it } from 'vitest'
import { testDatabases } from '../test-support/databases'
import { insertApplication, insertInterview, insertOwnerWithInterviews } from '../test-support/repositories'
import { migratedPerFile } from '../test-support/shared-database'
import type { Repositories } from '.'
import type { StoredFeedback } from './feedback.repository'

const T0 = '2026-03-02T09:00:00.000Z'
const NOW = '2026-03-12T09:00:00.000Z'

const request = (
  over: Partial<Omit<StoredFeedback, 'updatedAt'>> = {},
): Omit<StoredFeedback, 'updatedAt'> => ({
  status: 'to_ask',
  askedAt: null,
  followUpAt: null,
  tone: 'warm',
  lang: 'fr',
  recipient: 'lea@example.com',
  subject: 'Votre retour',
  body: 'Bonjour Léa…',
  feedbackText: '',
  receivedAt: null,
  ...over,
})

const asked = (followUpAt: string) =>
  request({ status: 'asked', askedAt: '2026-03-03T09:00:00.000Z', followUpAt })

describe.each(testDatabases)('feedback repository on $kind', (database) => {
  const ctx = migratedPerFile(database)

  beforeEach(async () => {
    await insertOwnerWithInterviews(ctx.repos, T0, [])
    await insertApplication(ctx.repos, 'u1', { id: 'a2', company: 'Orange', role: 'Cheffe', createdAt: T0 })
    for (const [id, applicationId] of [
      ['i1', 'a1'],
      ['i2', 'a2'],
      ['i3', 'a1'],
      ['i4', 'a2'],
    ] as const) {
      await insertInterview(ctx.repos, 'u1', { id, applicationId, date: T0, stage: 'hr', createdAt: T0 })
    }
  })

  it('keeps one request per interview: a second save replaces the first', async () => {
    expect(await ctx.repos.feedback.find('u1', 'i1')).toBeUndefined()
    expect(await ctx.repos.feedback.save('u1', 'i1', request(), T0)).toEqual({ ...request(), updatedAt: T0 })
    const answered = request({
      status: 'received',
      askedAt: '2026-03-03T09:00:00.000Z',
      feedbackText: 'Bon échange, manque de chiffres.',
      receivedAt: '2026-03-10T09:00:00.000Z',
    })
    expect(await ctx.repos.feedback.save('u1', 'i1', answered, NOW)).toEqual({ ...answered, updatedAt: NOW })
    expect(await ctx.repos.feedback.find('u1', 'i1')).toEqual({ ...answered, updatedAt: NOW })
  })

  it('lists follow-ups due: asked, nothing back, follow-up date come; soonest first, with the company', async () => {
    await ctx.repos.feedback.save('u1', 'i1', asked('2026-03-10T09:00:00.000Z'), T0)
    await ctx.repos.feedback.save('u1', 'i2', asked(NOW), T0) // due at this very moment
    await ctx.repos.feedback.save('u1', 'i3', asked('2026-03-20T09:00:00.000Z'), T0) // not yet
    await ctx.repos.feedback.save(
      'u1',
      'i4',
      { ...asked('2026-03-05T09:00:00.000Z'), status: 'received', receivedAt: '2026-03-04T09:00:00.000Z' },
      T0,
    )
    expect(await ctx.repos.feedback.followUpsDue('u1', NOW)).toEqual([
      { interviewId: 'i1', company: 'Decathlon', role: 'Analyste', followUpAt: '2026-03-10T09:00:00.000Z' },
      { interviewId: 'i2', company: 'Orange', role: 'Cheffe', followUpAt: NOW },
    ])
  })

  const byB: [string, (repos: Repositories) => Promise<unknown>, unknown][] = [
    ['find', (repos) => repos.feedback.find('u2', 'i1'), undefined],
    ['followUpsDue', (repos) => repos.feedback.followUpsDue('u2', NOW), []],
  ]
  it('user B reads, changes and deletes nothing of A’s, whatever the query', async () => {
    await ctx.repos.feedback.save('u1', 'i1', asked('2026-03-10T09:00:00.000Z'), T0)
    const before = await ctx.repos.feedback.find('u1', 'i1')
    for (const [query, act, nothing] of byB) {
      expect(await act(ctx.repos), query).toEqual(nothing)
      expect(await ctx.repos.feedback.find('u1', 'i1'), `A’s request after B’s ${query}`).toEqual(before)
    }
  })

  it('deleting the interview removes its request', async () => {
    await ctx.repos.feedback.save('u1', 'i1', request(), T0)
    await ctx.repos.feedback.save('u1', 'i2', request(), T0)
    await ctx.repos.interviews.delete('u1', 'i1')
    expect(await ctx.repos.feedback.find('u1', 'i1')).toBeUndefined()
    expect(await ctx.repos.feedback.find('u1', 'i2')).toBeDefined()
  })
})
