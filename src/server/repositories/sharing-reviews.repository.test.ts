import { beforeEach, describe, expect, it } from 'vitest'
import { SHARES_NOTHING } from '../../domain/sharing'
import { testDatabases } from '../test-support/databases'
import { newAttempt, newCard } from '../test-support/rehearsal-builders'
import { insertUsers } from '../test-support/repositories'
import { migratedPerFile } from '../test-support/shared-database'

const T0 = '2026-03-01T09:00:00.000Z'
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString()
const scores = { structure: 4, clarity: 3, results: 2, assertiveness: 4 }

describe.each(testDatabases)('sharing reviews repository on $kind', (database) => {
  const ctx = migratedPerFile(database)

  beforeEach(async () => {
    // Camille owns; Sam is her coach; Alex owns too, and has no link with anyone.
    await insertUsers(ctx.repos, ['camille', 'sam', 'alex'], T0)
    await ctx.repos.sharing.insert({
      id: 'link',
      ownerId: 'camille',
      role: 'coach',
      label: '',
      shares: { ...SHARES_NOTHING, debriefs: 'all', rehearsal: true },
      tokenHash: 'hash',
      createdAt: T0,
      expiresAt: at(60 * 24 * 7),
    })
    expect(await ctx.repos.sharing.accept('link', 'sam', at(1))).toBe(true)
    await ctx.repos.cards.insert('camille', newCard('card', T0))
    await ctx.repos.attempts.insert('camille', newAttempt('attempt', 'card', at(2)))
  })

  const comment = (id: string, minutes: number, authorId = 'sam', parentId: string | null = null) =>
    ctx.repos.sharingReviews.insertComment({
      id,
      linkId: 'link',
      ownerId: 'camille',
      authorId,
      anchor: { kind: 'answer', id: 'card', step: 'attempt' },
      parentId,
      body: `Commentaire ${id}`,
      createdAt: at(minutes),
    })

  /** Sam's rating of Camille's attempt, made at `minutes`; `changes` sets the rest. */
  const rate = (id: string, minutes: number, changes: { note?: string; scores?: typeof scores } = {}) =>
    ctx.repos.sharingReviews.upsertRating({
      id,
      linkId: 'link',
      ownerId: 'camille',
      authorId: 'sam',
      cardId: 'card',
      attemptId: 'attempt',
      scores: changes.scores ?? scores,
      note: changes.note ?? '',
      createdAt: at(minutes),
    })

  it('keeps comments in order with their author’s role; what the owner writes is read from the start', async () => {
    await comment('c1', 10)
    await comment('c2', 11, 'camille', 'c1')
    const list = await ctx.repos.sharingReviews.list({ ownerId: 'camille' }, { cardId: 'card' })
    expect(list.comments.map((c) => [c.id, c.author.role, c.readAt])).toEqual([
      ['c1', 'coach', null],
      ['c2', 'owner', at(11)],
    ])
    expect(await ctx.repos.sharingReviews.list({ linkId: 'link' })).toEqual(list)
    expect(
      (await ctx.repos.sharingReviews.list({ ownerId: 'camille' }, { interviewId: 'card' })).comments,
    ).toEqual([])
  })

  it('counts what is unread for the owner only, and marks only the owner’s as read', async () => {
    await comment('c1', 10)
    await rate('r1', 12)
    expect((await ctx.repos.sharingReviews.unread('camille', 5)).count).toBe(2)
    expect((await ctx.repos.sharingReviews.unread('alex', 5)).count).toBe(0)
    // Alex naming Camille's ids changes nothing.
    await ctx.repos.sharingReviews.markRead(
      'alex',
      { commentIds: ['c1'], ratingIds: ['r1'], cardIds: [] },
      at(20),
    )
    expect((await ctx.repos.sharingReviews.unread('camille', 5)).count).toBe(2)
    await ctx.repos.sharingReviews.markRead(
      'camille',
      { commentIds: ['c1'], ratingIds: [], cardIds: [] },
      at(20),
    )
    const unread = await ctx.repos.sharingReviews.unread('camille', 5)
    expect([unread.count, unread.comments, unread.ratings.map((r) => r.id)]).toEqual([1, [], ['r1']])
  })

  it('rates an attempt once per link: rating again replaces it and makes it unread again', async () => {
    const first = await rate('r1', 10, { note: 'Un chiffre.' })
    await ctx.repos.sharingReviews.markRead(
      'camille',
      { commentIds: [], ratingIds: ['r1'], cardIds: [] },
      at(11),
    )
    const second = await rate('r2', 12, { note: 'Mieux.', scores: { ...scores, results: 5 } })
    expect(second).toMatchObject({ id: first?.id, results: 5, note: 'Mieux.', readAt: null })
    expect((await ctx.repos.sharingReviews.list({ ownerId: 'camille' })).ratings).toHaveLength(1)
  })

  it('converts a comment once; the claim can be given back', async () => {
    await comment('c1', 10)
    expect(await ctx.repos.sharingReviews.markConverted('alex', 'c1', { kind: 'lesson', id: 'l1' })).toBe(
      false,
    )
    expect(await ctx.repos.sharingReviews.markConverted('camille', 'c1', { kind: 'lesson', id: 'l1' })).toBe(
      true,
    )
    expect(await ctx.repos.sharingReviews.markConverted('camille', 'c1', { kind: 'action', id: 'a1' })).toBe(
      false,
    )
    expect((await ctx.repos.sharingReviews.findForOwner('camille', 'c1'))?.convertedTo).toEqual({
      kind: 'lesson',
      id: 'l1',
    })
    await ctx.repos.sharingReviews.unmarkConverted('camille', 'c1')
    expect((await ctx.repos.sharingReviews.findForOwner('camille', 'c1'))?.convertedTo).toBeNull()
    expect(await ctx.repos.sharingReviews.findForOwner('alex', 'c1')).toBeUndefined()
  })

  it('an assigned question goes with its card, and everything goes with the coach’s account', async () => {
    await ctx.repos.cards.insert('camille', newCard('assigned', at(5), { question: 'Pourquoi nous ?' }))
    const assignment = await ctx.repos.sharingReviews.insertAssignment({
      cardId: 'assigned',
      linkId: 'link',
      ownerId: 'camille',
      authorId: 'sam',
      createdAt: at(5),
    })
    expect(assignment).toMatchObject({
      question: 'Pourquoi nous ?',
      author: { displayName: expect.any(String), role: 'coach' },
    })
    await comment('c1', 10)
    expect(await ctx.repos.cards.delete('camille', 'assigned')).toBe(true)
    expect((await ctx.repos.sharingReviews.list({ ownerId: 'camille' })).assignments).toEqual([])
    await ctx.repos.users.delete('sam')
    expect((await ctx.repos.sharingReviews.list({ ownerId: 'camille' })).comments).toEqual([])
  })
})
