import { describe, expect, it } from 'vitest'
import { type DebriefContent, emptyDebrief } from '../../../domain/debrief'
import {
  addDiscardedCopy,
  canonical,
  type DiscardedCopy,
  judgeDraft,
  MAX_DISCARDED_COPIES,
  mayForgetDraft,
  parseDiscardedCopies,
  parseDraft,
} from './drafts'
import { draftKey, waitingDraftIds } from './waiting'

const withWentWell = (wentWell: string): DebriefContent => ({
  ...emptyDebrief(),
  feelings: { emotions: [], wentWell, note: '' },
})

const copy = (n: number, which: 'mine' | 'theirs' = 'mine'): DiscardedCopy => ({
  id: `c${n}`,
  content: withWentWell(`version ${n}`),
  which,
  at: `2026-04-15T10:0${n}:00.000Z`,
})

describe('the copies set aside after conflicts', () => {
  it('keeps each new copy at the head of the list, newest first, the oldest going past five', () => {
    let copies: DiscardedCopy[] = []
    for (let n = 1; n <= 7; n++) copies = addDiscardedCopy(copies, copy(n, n % 2 ? 'mine' : 'theirs'))
    expect(MAX_DISCARDED_COPIES).toBe(5)
    expect(copies.map((c) => c.id)).toEqual(['c7', 'c6', 'c5', 'c4', 'c3'])
  })

  it('a second conflict keeps the first copy: neither side is lost', () => {
    const first = addDiscardedCopy([], copy(1, 'theirs'))
    const both = addDiscardedCopy(first, copy(2, 'mine'))
    expect(both.map((c) => [c.which, c.content.feelings.wentWell])).toEqual([
      ['mine', 'version 2'],
      ['theirs', 'version 1'],
    ])
  })

  it('the same text set aside twice is kept once, as the newest', () => {
    const again = {
      ...copy(3),
      id: 'again',
      content: { ...withWentWell('version 1 '), currentStep: 'replay' as const },
    }
    expect(addDiscardedCopy([copy(2), copy(1)], again).map((c) => c.id)).toEqual(['again', 'c2'])
  })

  it('reads the list back, and the single copy earlier versions of the app stored', () => {
    const legacy = { content: withWentWell('avant'), which: 'theirs', at: '2026-01-01T00:00:00.000Z' }
    expect(parseDiscardedCopies(legacy)).toEqual([{ id: 'kept-0', ...legacy }])
    expect(parseDiscardedCopies([copy(1), copy(2)]).map((c) => c.id)).toEqual(['c2', 'c1'])
    expect(parseDiscardedCopies([copy(1), { which: 'mine' }, null, 'x'])).toEqual([copy(1)])
    expect(parseDiscardedCopies(null)).toEqual([])
    expect(parseDiscardedCopies({ content: { not: 'a debrief' }, which: 'mine', at: 'x' })).toEqual([])
  })
})

describe('drafts waiting on this device', () => {
  it('finds the interviews with a draft for this person only', () => {
    const keys = [
      draftKey('u1', 'i1'),
      draftKey('u1', 'i-2'),
      draftKey('u2', 'i3'),
      'rebond.debrief.discarded.u1.i4',
      'rebond.tab',
      draftKey('u1', ''),
    ]
    expect(waitingDraftIds(keys, 'u1')).toEqual(['i1', 'i-2'])
    expect(waitingDraftIds(keys, 'u2')).toEqual(['i3'])
  })

  it('reads only well-formed drafts', () => {
    const draft = { v: 1, tab: 't', baseVersion: 2, baseCanonical: '{}', content: emptyDebrief(), at: 'now' }
    expect(parseDraft(draft)).toEqual(draft)
    expect(parseDraft({ ...draft, v: 2 })).toBeNull()
    expect(parseDraft({ ...draft, baseVersion: '2' })).toBeNull()
    expect(parseDraft({ ...draft, content: { feelings: 'x' } })).toBeNull()
    expect(parseDraft(null)).toBeNull()
  })

  describe('judgeDraft: what to do with a draft, given the server’s debrief', () => {
    const base = withWentWell('saved before')
    const draft = (content: DebriefContent, baseVersion = 3) => ({
      baseVersion,
      baseCanonical: canonical(base),
      content,
    })

    it.each([
      [
        'the server already holds it',
        draft(withWentWell('typed offline')),
        4,
        'typed offline',
        'already_saved',
      ],
      ['nothing saved elsewhere since', draft(withWentWell('typed offline')), 3, 'saved before', 'send'],
      [
        'only a save of the same substance since (the step moved)',
        draft(withWentWell('typed offline')),
        4,
        'saved before',
        'send',
      ],
      [
        'something else saved since',
        draft(withWentWell('typed offline')),
        4,
        'typed in another tab',
        'conflict',
      ],
    ] as const)('%s', (_case, d, serverVersion, serverText, verdict) => {
      expect(judgeDraft(d, { version: serverVersion, debrief: withWentWell(serverText) })).toBe(verdict)
    })

    it('ignores where the person was in the debrief and spaces around the text', () => {
      const moved = { ...withWentWell('  typed offline '), currentStep: 'lessons' as const }
      expect(judgeDraft(draft(moved), { version: 9, debrief: withWentWell('typed offline') })).toBe(
        'already_saved',
      )
    })
  })

  describe('mayForgetDraft: once the server holds a version, is the draft on this device done with?', () => {
    it.each([
      ['written by this tab', 'this-tab', 'typed', 'typed elsewhere', true],
      ['written by another tab, with what the server now holds', 'other-tab', 'typed', 'typed', true],
      ['written by another tab, with something else: still to send', 'other-tab', 'newer', 'typed', false],
    ] as const)('%s', (_case, tab, stored, shown, forget) => {
      expect(mayForgetDraft({ tab, content: withWentWell(stored) }, 'this-tab', withWentWell(shown))).toBe(
        forget,
      )
    })
  })
})
