import { beforeEach, describe, expect, it } from 'vitest'
import { newSchedule, reschedule } from '../../domain/rehearsal/scheduling'
import { testDatabases } from '../test-support/databases'
import { attemptFigures, newAttempt, newCard } from '../test-support/rehearsal-builders'
import { insertOwnerWithInterviews } from '../test-support/repositories'
import { migratedPerFile } from '../test-support/shared-database'
import type { Repositories } from '.'
import type { NewCard } from './cards.repository'

const T0 = '2026-03-02T09:00:00.000Z'
const T1 = '2026-03-03T09:00:00.000Z'
const T2 = '2026-03-04T09:00:00.000Z'

const fromDebrief = (id: string, interviewId: string, questionId: string, createdAt = T0): NewCard =>
  newCard(id, createdAt, {
    source: 'debrief',
    interviewId,
    debriefQuestionId: questionId,
    category: 'from_interview',
  })
const fromBank = (id: string, bankKey: string, createdAt = T0): NewCard =>
  newCard(id, createdAt, { source: 'bank', bankKey, category: 'motivation' })

describe.each(testDatabases)('cards repository on $kind', (database) => {
  const ctx = migratedPerFile(database)
  const ids = (cards: { id: string }[]) => cards.map((c) => c.id)

  beforeEach(async () => {
    await insertOwnerWithInterviews(ctx.repos, T0, ['i1', 'i2'])
  })

  it('holds one card per bank question per person: a second insert is not written', async () => {
    expect(await ctx.repos.cards.insert('u1', fromBank('c1', 'why_us'))).toMatchObject({
      id: 'c1',
      bankKey: 'why_us',
    })
    expect(await ctx.repos.cards.insert('u1', fromBank('c2', 'why_us'))).toBeUndefined()
    expect(await ctx.repos.cards.insert('u2', fromBank('b1', 'why_us'))).toBeDefined()
    // Cards of one's own have no bank question: as many as the person writes.
    await ctx.repos.cards.insert('u1', newCard('own1', T0))
    await ctx.repos.cards.insert('u1', newCard('own2', T0))
    expect(ids(await ctx.repos.cards.list('u1')).sort()).toEqual(['c1', 'own1', 'own2'])
    expect((await ctx.repos.cards.findByBankKey('u1', 'why_us'))?.id).toBe('c1')
    expect(await ctx.repos.cards.bankKeys('u1')).toEqual(new Set(['why_us']))
  })

  it('two inserts racing for the same bank question make one card', async () => {
    const results = await Promise.all([
      ctx.repos.cards.insert('u1', fromBank('c1', 'salary')),
      ctx.repos.cards.insert('u1', fromBank('c2', 'salary')),
    ])
    expect(results.filter((card) => card !== undefined)).toHaveLength(1)
    expect(await ctx.repos.cards.list('u1')).toHaveLength(1)
  })

  it('holds one card per (interview, replayed question): the same question id in two interviews makes two', async () => {
    expect(await ctx.repos.cards.insert('u1', fromDebrief('d1', 'i1', 'q1'))).toBeDefined()
    expect(await ctx.repos.cards.insert('u1', fromDebrief('d2', 'i2', 'q1'))).toBeDefined()
    expect(await ctx.repos.cards.insert('u1', fromDebrief('d3', 'i1', 'q1'))).toBeUndefined()
    expect(ids(await ctx.repos.cards.list('u1', { source: 'debrief' })).sort()).toEqual(['d1', 'd2'])
  })

  it('keeps a debrief-born card in step with its own question only', async () => {
    await ctx.repos.cards.insert('u1', fromDebrief('d1', 'i1', 'q1'))
    await ctx.repos.cards.insert('u1', fromDebrief('d2', 'i2', 'q1'))
    await ctx.repos.cards.refreshFromDebrief('u1', 'i1', 'q1', 'Pourquoi nous ?', 'Parce que…', T1)
    expect(await ctx.repos.cards.find('u1', 'd1')).toMatchObject({
      question: 'Pourquoi nous ?',
      hint: 'Parce que…',
    })
    expect(await ctx.repos.cards.find('u1', 'd2')).toMatchObject({ question: 'Question d2', hint: '' })
  })

  it('lists newest first, by category and source, searching question and hint whatever the case and accents', async () => {
    await ctx.repos.cards.insert(
      'u1',
      newCard('old', T0, { question: 'Parlez-moi de votre École', hint: 'Stage' }),
    )
    await ctx.repos.cards.insert('u1', fromBank('bank', 'salary', T1))
    await ctx.repos.cards.insert(
      'u1',
      newCard('new', T2, { question: 'Un échec ?', hint: 'ÉCOLE de commerce' }),
    )
    expect(ids(await ctx.repos.cards.list('u1'))).toEqual(['new', 'bank', 'old'])
    expect(ids(await ctx.repos.cards.list('u1', { category: 'motivation' }))).toEqual(['bank'])
    expect(ids(await ctx.repos.cards.list('u1', { source: 'own' }))).toEqual(['new', 'old'])
    expect(ids(await ctx.repos.cards.list('u1', { q: 'ecole' }))).toEqual(['new', 'old'])
    expect(ids(await ctx.repos.cards.list('u1', { q: 'ECOLE stage' }))).toEqual(['old'])
    expect(ids(await ctx.repos.cards.list('u1', { q: 'ecole salaire' }))).toEqual([])
  })

  it('counts each card’s attempts and gives the assertiveness of the latest', async () => {
    await ctx.repos.cards.insert('u1', newCard('c1', T0))
    await ctx.repos.cards.insert('u1', newCard('c2', T0))
    await ctx.repos.attempts.insertMany('u1', [
      newAttempt('t2', 'c1', T2, { figures: attemptFigures({ assertivenessScore: 80 }) }),
      newAttempt('t1', 'c1', T1, { figures: attemptFigures({ assertivenessScore: 30 }) }),
    ])
    expect(await ctx.repos.cards.find('u1', 'c1')).toMatchObject({ attemptCount: 2, lastAssertiveness: 80 })
    expect(await ctx.repos.cards.find('u1', 'c2')).toMatchObject({ attemptCount: 0, lastAssertiveness: null })
    // Full cards for a queue, in the order asked, skipping what is not the person's.
    await ctx.repos.cards.insert('u2', newCard('b1', T0))
    const many = await ctx.repos.cards.findMany('u1', ['c2', 'b1', 'missing', 'c1'])
    expect(many.map((c) => [c.id, c.attemptCount])).toEqual([
      ['c2', 0],
      ['c1', 2],
    ])
  })

  it('gives the due queue and the deck’s size and next due date', async () => {
    await ctx.repos.cards.insertMany('u1', [
      newCard('due-before', T0),
      newCard('due-now', T1),
      newCard('later', T0, { schedule: newSchedule(new Date('2026-03-09T09:00:00.000Z')) }),
      newCard('sooner', T0, { schedule: newSchedule(new Date(T2)) }),
    ])
    expect(ids(await ctx.repos.cards.listDueKeys('u1', T1)).sort()).toEqual(['due-before', 'due-now'])
    expect(await ctx.repos.cards.deckSummary('u1', T1)).toEqual({ size: 4, nextDue: T2 })
    expect(await ctx.repos.cards.deckSummary('u1', '2026-03-10T00:00:00.000Z')).toEqual({
      size: 4,
      nextDue: null,
    })
  })

  it('stores a schedule as it was computed, fractions included', async () => {
    await ctx.repos.cards.insert('u1', newCard('c1', T0))
    const after = reschedule(newSchedule(new Date(T0)), 'good', new Date(T1))
    const reviewed = reschedule(after, 'easy', new Date(T2))
    await ctx.repos.cards.saveSchedule('u1', 'c1', reviewed, T2)
    expect(await ctx.repos.cards.schedule('u1', 'c1')).toEqual(reviewed)
    expect(await ctx.repos.cards.find('u1', 'c1')).toMatchObject({
      due: reviewed.due,
      state: reviewed.state,
      reps: 2,
      lastReview: T2,
    })
  })

  it('changes only the fields given', async () => {
    await ctx.repos.cards.insert('u1', newCard('c1', T0, { question: 'Vos forces ?', hint: 'Trois' }))
    expect(await ctx.repos.cards.update('u1', 'c1', { hint: 'Deux, chiffrées' }, T1)).toMatchObject({
      question: 'Vos forces ?',
      hint: 'Deux, chiffrées',
      category: 'about_you',
      referenceAttemptId: null,
    })
    expect(await ctx.repos.cards.update('u1', 'missing', { hint: 'x' }, T1)).toBeUndefined()
  })

  const byB: [string, (repos: Repositories) => Promise<unknown>, unknown][] = [
    ['find', (repos) => repos.cards.find('u2', 'c1'), undefined],
    ['findByBankKey', (repos) => repos.cards.findByBankKey('u2', 'why_us'), undefined],
    ['schedule', (repos) => repos.cards.schedule('u2', 'c1'), undefined],
    ['list', (repos) => repos.cards.list('u2'), []],
    ['listDueKeys', (repos) => repos.cards.listDueKeys('u2', T2), []],
    ['findMany', (repos) => repos.cards.findMany('u2', ['c1', 'd1']), []],
    ['deckSummary', (repos) => repos.cards.deckSummary('u2', T0), { size: 0, nextDue: null }],
    ['bankKeys', (repos) => repos.cards.bankKeys('u2'), new Set()],
    ['update', (repos) => repos.cards.update('u2', 'c1', { question: 'x', hint: 'x' }, T2), undefined],
    [
      'saveSchedule',
      (repos) =>
        repos.cards.saveSchedule('u2', 'c1', reschedule(newSchedule(new Date(T0)), 'easy', new Date(T1)), T2),
      undefined,
    ],
    [
      'refreshFromDebrief',
      (repos) => repos.cards.refreshFromDebrief('u2', 'i1', 'q1', 'x', 'x', T2),
      undefined,
    ],
    ['delete', (repos) => repos.cards.delete('u2', 'c1'), false],
    ['delete (the debrief card)', (repos) => repos.cards.delete('u2', 'd1'), false],
  ]
  it('user B reads, changes and deletes nothing of A’s, whatever the query', async () => {
    await ctx.repos.cards.insert('u1', fromBank('c1', 'why_us'))
    await ctx.repos.cards.insert('u1', fromDebrief('d1', 'i1', 'q1'))
    const cardsOfA = async () => ({
      cards: await ctx.repos.cards.findMany('u1', ['c1', 'd1']),
      schedule: await ctx.repos.cards.schedule('u1', 'c1'),
    })
    const before = await cardsOfA()
    for (const [query, act, nothing] of byB) {
      expect(await act(ctx.repos), query).toEqual(nothing)
      expect(await cardsOfA(), `A’s cards after B’s ${query}`).toEqual(before)
    }
  })

  it('deleting an interview removes the cards born from its debrief, with their attempts; the others stay', async () => {
    await ctx.repos.cards.insert('u1', fromDebrief('d1', 'i1', 'q1'))
    await ctx.repos.cards.insert('u1', fromDebrief('d2', 'i2', 'q1'))
    await ctx.repos.cards.insert('u1', newCard('own', T0))
    await ctx.repos.attempts.insert('u1', newAttempt('t1', 'd1', T1))
    expect(await ctx.repos.interviews.delete('u1', 'i1')).toBe(true)
    expect(ids(await ctx.repos.cards.list('u1')).sort()).toEqual(['d2', 'own'])
    expect(await ctx.repos.attempts.find('u1', 't1')).toBeUndefined()
  })
})
