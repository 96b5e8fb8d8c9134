import { beforeEach, describe, expect, it } from 'vitest'
import type { RecordedAnswer, SessionSummary } from '../../domain/mock-interview'
import { testDatabases } from '../test-support/databases'
import { attemptFigures } from '../test-support/rehearsal-builders'
import { insertUsers } from '../test-support/repositories'
import { migratedPerFile } from '../test-support/shared-database'
import type { NewMockSession } from './mock-interviews.repository'

const T0 = '2026-12-01T09:00:00.000Z'
const T1 = '2026-12-02T09:00:00.000Z'

const session = (id: string, createdAt: string, keys: string[]): NewMockSession => ({
  id,
  applicationId: null,
  role: 'Analyste',
  settings: { lang: 'fr', stage: 'hr', questionCount: 5, persona: 'neutre', level: 4 },
  seed: -123456,
  postingTerms: [{ key: 'data', label: 'data', weight: 3.5 }],
  postingLanguage: 'fr',
  questions: keys.map((key) => ({
    key,
    source: 'bank',
    text: `${key} ?`,
    category: 'salary',
    limitSeconds: 60,
  })),
  createdAt,
})

const answer = (
  questionIndex: number,
  followUp: number,
): RecordedAnswer & { id: string; createdAt: string } => ({
  id: `a-${questionIndex}-${followUp}`,
  createdAt: T1,
  questionIndex,
  followUp,
  prompt: 'Question ?',
  followUpKind: followUp > 0 ? 'example' : null,
  text: 'Une réponse.',
  spokenSeconds: 12.5,
  longPauses: 2,
  interrupted: followUp === 0 ? 'over-time' : null,
  limitSeconds: 51,
  gate: 'too-short',
  figures: attemptFigures({
    wordCount: 2,
    estimatedSeconds: 1,
    assertivenessScore: 40,
    assertivenessLevel: 'low',
  }),
})

const summary: SessionSummary = {
  level: 4,
  answered: 5,
  judged: 4,
  averageAssertiveness: 61.5,
  fillersPer100: 2.1,
  resultShare: 0.5,
  averageSpokenSeconds: 80,
  tensionBefore: 4,
  tensionAfter: 2,
}

describe.each(testDatabases)('mock interviews repository on $kind', (database) => {
  const ctx = migratedPerFile(database)

  beforeEach(async () => {
    await insertUsers(ctx.repos, ['u1', 'u2'], T0)
    await ctx.repos.mockInterviews.insert('u1', session('s1', T0, ['fr-a', 'fr-b']))
    await ctx.repos.mockInterviews.insert('u1', session('s2', T1, ['fr-c', 'fr-d']))
  })

  it('stores a session and gives it back as written, to its owner only', async () => {
    const found = await ctx.repos.mockInterviews.find('u1', 's1')
    expect(found).toMatchObject({
      ...session('s1', T0, ['fr-a', 'fr-b']),
      before: null,
      after: null,
      summary: null,
    })
    expect(await ctx.repos.mockInterviews.find('u2', 's1')).toBeUndefined()
    expect(await ctx.repos.mockInterviews.list('u2')).toEqual([])
    expect((await ctx.repos.mockInterviews.list('u1')).map((s) => s.id)).toEqual(['s2', 's1'])
  })

  it('saves an answer once per turn, only into the caller’s own session', async () => {
    expect(await ctx.repos.mockInterviews.insertAnswer('u1', 's1', answer(0, 0))).toBe(true)
    expect(await ctx.repos.mockInterviews.insertAnswer('u1', 's1', { ...answer(0, 0), id: 'again' })).toBe(
      false,
    )
    expect(await ctx.repos.mockInterviews.insertAnswer('u2', 's1', { ...answer(0, 1), id: 'intruder' })).toBe(
      false,
    )
    expect(await ctx.repos.mockInterviews.insertAnswer('u1', 's1', answer(0, 1))).toBe(true)
    const { id: _id, createdAt: _at, ...first } = answer(0, 0)
    expect(await ctx.repos.mockInterviews.answers('u1', 's1')).toEqual([
      // A written answer has no delivery figures.
      { ...first, delivery: null },
      expect.objectContaining({ followUp: 1 }),
    ])
    expect(await ctx.repos.mockInterviews.answers('u2', 's1')).toEqual([])
    expect((await ctx.repos.mockInterviews.list('u1')).find((s) => s.id === 's1')?.answered).toBe(1)
  })

  it('updates check-ins and completion, and reads summaries and the latest keys in time order', async () => {
    await ctx.repos.mockInterviews.update('u1', 's1', { before: { tension: 4, note: 'trac' } }, T0)
    expect(await ctx.repos.mockInterviews.update('u2', 's1', { endedAt: T1 }, T1)).toBe(false)
    await ctx.repos.mockInterviews.update(
      'u1',
      's1',
      { after: { tension: 2, note: '' }, completedAt: T1, summary },
      T1,
    )
    expect(await ctx.repos.mockInterviews.find('u1', 's1')).toMatchObject({
      before: { tension: 4, note: 'trac' },
      after: { tension: 2, note: '' },
      completedAt: T1,
      endedAt: null,
      summary,
    })
    expect(await ctx.repos.mockInterviews.summariesBefore('u1', T1)).toEqual([summary])
    expect(await ctx.repos.mockInterviews.summariesBefore('u1', T0)).toEqual([])
    expect(await ctx.repos.mockInterviews.latestQuestionKeys('u1', T1)).toEqual(['fr-c', 'fr-d'])
    expect(await ctx.repos.mockInterviews.latestQuestionKeys('u2', T1)).toEqual([])
  })

  it('deletes a session with its answers, for its owner only', async () => {
    await ctx.repos.mockInterviews.insertAnswer('u1', 's1', answer(0, 0))
    expect(await ctx.repos.mockInterviews.remove('u2', 's1')).toBe(false)
    expect(await ctx.repos.mockInterviews.remove('u1', 's1')).toBe(true)
    expect(await ctx.repos.mockInterviews.answers('u1', 's1')).toEqual([])
  })
})
