import { describe, expect, it } from 'vitest'
import {
  checkInvitation,
  INVITATION_LIFETIME_MS,
  invitationExpiry,
  isActiveLink,
  linkState,
  mayEndLink,
  normaliseShareChoice,
  SHARES_NOTHING,
  type ShareChoice,
  type SharingLink,
  sharesSomething,
} from './links'

const NOW = new Date('2026-03-02T09:00:00.000Z')

const NOTHING: ShareChoice = { ...SHARES_NOTHING }

const invitation: SharingLink = {
  id: 'link-1',
  ownerId: 'owner',
  inviteeId: null,
  role: 'coach',
  shares: { ...NOTHING, progress: true },
  createdAt: '2026-03-01T09:00:00.000Z',
  expiresAt: '2026-03-08T09:00:00.000Z',
  acceptedAt: null,
  endedAt: null,
}
const accepted: SharingLink = { ...invitation, inviteeId: 'coach', acceptedAt: '2026-03-01T10:00:00.000Z' }
const ended: SharingLink = { ...accepted, endedAt: '2026-03-02T08:00:00.000Z' }
const withdrawn: SharingLink = { ...invitation, endedAt: '2026-03-01T12:00:00.000Z' }
const expired: SharingLink = { ...invitation, expiresAt: NOW.toISOString() }

describe('a link’s state', () => {
  it.each([
    { name: 'an invitation', link: invitation, state: 'pending', active: false },
    { name: 'an invitation past its week', link: expired, state: 'expired', active: false },
    { name: 'an accepted link', link: accepted, state: 'active', active: true },
    {
      name: 'an accepted link past its invitation’s week',
      link: { ...accepted, expiresAt: '2026-03-01T11:00:00.000Z' },
      state: 'active',
      active: true,
    },
    { name: 'an ended link', link: ended, state: 'ended', active: false },
    { name: 'a withdrawn invitation', link: withdrawn, state: 'ended', active: false },
  ])('$name is $state', ({ link, state, active }) => {
    expect(linkState(link, NOW)).toBe(state)
    expect(isActiveLink(link)).toBe(active)
  })

  it('an invitation lasts a week', () => {
    expect(invitationExpiry(NOW).getTime() - NOW.getTime()).toBe(INVITATION_LIFETIME_MS)
    expect(INVITATION_LIFETIME_MS).toBe(7 * 86_400_000)
  })
})

describe('accepting an invitation', () => {
  it.each([
    { name: 'a pending invitation, by someone else', link: invitation, actor: 'coach', check: 'valid' },
    { name: 'one’s own invitation', link: invitation, actor: 'owner', check: 'self' },
    { name: 'one’s own accepted link', link: accepted, actor: 'owner', check: 'self' },
    { name: 'an invitation already accepted', link: accepted, actor: 'someone', check: 'used' },
    { name: 'the same invitation again by its invitee', link: accepted, actor: 'coach', check: 'used' },
    { name: 'an ended link', link: ended, actor: 'someone', check: 'used' },
    { name: 'a withdrawn invitation', link: withdrawn, actor: 'someone', check: 'used' },
    { name: 'an expired invitation', link: expired, actor: 'someone', check: 'expired' },
  ])('$name: $check', ({ link, actor, check }) => {
    expect(checkInvitation(link, actor, NOW)).toBe(check)
  })
})

describe('ending a link', () => {
  it.each([
    { name: 'the owner, an active link', link: accepted, actor: 'owner', may: true },
    { name: 'the invitee, an active link', link: accepted, actor: 'coach', may: true },
    { name: 'the owner, a pending invitation (withdrawing it)', link: invitation, actor: 'owner', may: true },
    { name: 'a stranger, an active link', link: accepted, actor: 'stranger', may: false },
    { name: 'a stranger, a pending invitation', link: invitation, actor: 'stranger', may: false },
    { name: 'the owner, an ended link', link: ended, actor: 'owner', may: false },
    { name: 'the invitee, an ended link', link: ended, actor: 'coach', may: false },
  ])('$name: $may', ({ link, actor, may }) => {
    expect(mayEndLink(link, actor)).toBe(may)
  })
})

describe('the share choice', () => {
  it('keeps the interviews only when the debriefs are selected, each once', () => {
    expect(
      normaliseShareChoice({ ...NOTHING, debriefs: 'selected', interviewIds: ['a', 'b', 'a'] }).interviewIds,
    ).toEqual(['a', 'b'])
    expect(normaliseShareChoice({ ...NOTHING, debriefs: 'all', interviewIds: ['a'] }).interviewIds).toEqual(
      [],
    )
    expect(normaliseShareChoice({ ...NOTHING, debriefs: 'none', interviewIds: ['a'] }).interviewIds).toEqual(
      [],
    )
  })

  it.each([
    { choice: NOTHING, something: false },
    { choice: { ...NOTHING, debriefs: 'selected', interviewIds: [] }, something: false },
    { choice: { ...NOTHING, debriefs: 'selected', interviewIds: ['a'] }, something: true },
    { choice: { ...NOTHING, debriefs: 'all' }, something: true },
    { choice: { ...NOTHING, rehearsal: true }, something: true },
    { choice: { ...NOTHING, mockInterviews: true }, something: true },
    { choice: { ...NOTHING, progress: true }, something: true },
    { choice: { ...NOTHING, moods: true }, something: true },
    { choice: { ...NOTHING, rebounds: true }, something: true },
  ] satisfies { choice: ShareChoice; something: boolean }[])(
    '$choice shares something: $something',
    ({ choice, something }) => {
      expect(sharesSomething(choice)).toBe(something)
    },
  )
})
