import { describe, expect, it } from 'vitest'
import { SHARES_NOTHING, type ShareChoice, type SharingLink, type SharingRole } from './links'
import { decideAccess } from './policy'
import {
  ANCHOR_KINDS,
  ANCHORS_OF_ITEM,
  type AnchorKind,
  anchorResource,
  assignmentResource,
  checkCommentBody,
  ITEM_OF_ANCHOR,
  isAnchorStepValid,
  mayConvert,
  REVIEW_ACTION,
  REVIEW_LIMITS,
  rubricMean,
  threadRootId,
} from './review'

const OWNER = 'owner-camille'
const COACH = 'coach-sam'

const link = (role: SharingRole, shares: Partial<ShareChoice>): SharingLink => ({
  id: `link-${role}`,
  ownerId: OWNER,
  inviteeId: COACH,
  role,
  shares: { ...SHARES_NOTHING, ...shares },
  createdAt: '2026-03-01T09:00:00.000Z',
  expiresAt: '2026-03-08T09:00:00.000Z',
  acceptedAt: '2026-03-01T10:00:00.000Z',
  endedAt: null,
})

describe('anchors', () => {
  it('each anchor kind belongs to exactly one item kind, and each item lists its anchors', () => {
    for (const kind of ANCHOR_KINDS) {
      expect(ANCHORS_OF_ITEM[ITEM_OF_ANCHOR[kind]]).toContain(kind)
    }
    expect(Object.values(ANCHORS_OF_ITEM).flat().sort()).toEqual([...ANCHOR_KINDS].sort())
  })

  it.each<[AnchorKind, string, boolean]>([
    ['debrief_step', 'feelings', true],
    ['debrief_step', 'lessons', true],
    ['debrief_step', 'summary', false],
    ['debrief_step', 'nowhere', false],
    ['debrief_step', '', false],
    ['question', 'q-1', true],
    ['question', '', false],
    ['question', 'x'.repeat(65), false],
    ['answer', 'attempt-1', true],
  ])('%s with part %j is valid: %s', (kind, step, valid) => {
    expect(isAnchorStepValid(kind, step)).toBe(valid)
  })

  it.each<[AnchorKind, Partial<ShareChoice>, boolean]>([
    ['debrief_step', { debriefs: 'all' }, true],
    ['question', { debriefs: 'selected', interviewIds: ['iv-1'] }, true],
    ['question', { debriefs: 'selected', interviewIds: ['iv-2'] }, false],
    ['debrief_step', { rehearsal: true }, false],
    ['answer', { rehearsal: true }, true],
    ['answer', { debriefs: 'all' }, false],
  ])('a partner may comment on %s when the link shares %j: %s', (kind, shares, allowed) => {
    const item = kind === 'answer' ? 'card-1' : 'iv-1'
    const decision = decideAccess(COACH, REVIEW_ACTION.comment, anchorResource({ kind, id: item }, OWNER), [
      link('partner', shares),
    ])
    expect(decision.allowed).toBe(allowed)
  })
})

describe('who may rate and assign', () => {
  it.each<[SharingRole, 'rate' | 'assign', boolean]>([
    ['coach', 'rate', true],
    ['coach', 'assign', true],
    ['partner', 'rate', false],
    ['partner', 'assign', false],
  ])('a %s may %s: %s', (role, action, allowed) => {
    const everything = link(role, { debriefs: 'all', rehearsal: true })
    const resource =
      action === 'rate'
        ? anchorResource({ kind: 'answer', id: 'card-1' }, OWNER)
        : assignmentResource(OWNER, null)
    expect(decideAccess(COACH, action, resource, [everything]).allowed).toBe(allowed)
  })

  it.each<[string | null, Partial<ShareChoice>, boolean]>([
    [null, { rehearsal: true }, true],
    [null, { debriefs: 'all' }, false],
    ['iv-1', { debriefs: 'selected', interviewIds: ['iv-1'] }, true],
    ['iv-1', { debriefs: 'selected', interviewIds: ['iv-2'], rehearsal: true }, false],
  ])('a coach assigns a question tied to %j when the link shares %j: %s', (interviewId, shares, allowed) => {
    const decision = decideAccess(COACH, 'assign', assignmentResource(OWNER, interviewId), [
      link('coach', shares),
    ])
    expect(decision.allowed).toBe(allowed)
  })
})

describe('rubric', () => {
  it.each([
    [{ structure: 1, clarity: 1, results: 1, assertiveness: 1 }, 1],
    [{ structure: 5, clarity: 4, results: 3, assertiveness: 4 }, 4],
    [{ structure: 4, clarity: 3, results: 3, assertiveness: 3 }, 3.3],
    [{ structure: 0, clarity: 3, results: 3, assertiveness: 3 }, null],
    [{ structure: 6, clarity: 3, results: 3, assertiveness: 3 }, null],
    [{ structure: 2.5, clarity: 3, results: 3, assertiveness: 3 }, null],
  ])('%j averages %s', (scores, mean) => {
    expect(rubricMean(scores)).toBe(mean)
  })
})

describe('comments', () => {
  it.each([
    ['Bien, la structure est nette.', null],
    ['   ', 'empty'],
    ['', 'empty'],
    ['x'.repeat(REVIEW_LIMITS.comment), null],
    [` ${'x'.repeat(REVIEW_LIMITS.comment)} `, null],
    ['x'.repeat(REVIEW_LIMITS.comment + 1), 'too_long'],
  ])('%j → %s', (body, problem) => {
    expect(checkCommentBody(body)).toBe(problem)
  })

  it('hangs a reply to a reply on the thread’s first comment', () => {
    expect(threadRootId({ id: 'c1', parentId: null })).toBe('c1')
    expect(threadRootId({ id: 'c2', parentId: 'c1' })).toBe('c1')
  })

  it.each([
    [{ ownerId: OWNER, authorId: COACH, convertedTo: null }, OWNER, true],
    [{ ownerId: OWNER, authorId: COACH, convertedTo: 'lesson:l1' }, OWNER, false],
    [{ ownerId: OWNER, authorId: OWNER, convertedTo: null }, OWNER, false],
    [{ ownerId: OWNER, authorId: COACH, convertedTo: null }, COACH, false],
  ])('%j may be converted by %s: %s', (comment, actor, may) => {
    expect(mayConvert(comment, actor)).toBe(may)
  })
})
