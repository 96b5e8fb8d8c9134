/**
 * Links between a person and someone who supports them (issue 17, ADR 0014). Pure: dates are ISO
 * strings as stored, the clock is passed in.
 *
 * A link is made by its owner (the job seeker) as an invitation; whoever accepts it becomes its
 * invitee, with the link's role. Roles belong to links, not to accounts: the same account can own
 * links and be someone else's partner.
 */

export const SHARING_ROLES = ['coach', 'partner'] as const
export type SharingRole = (typeof SHARING_ROLES)[number]

export const DEBRIEF_SCOPES = ['all', 'selected', 'none'] as const
export type DebriefScope = (typeof DEBRIEF_SCOPES)[number]

/** Most debriefs one link can name one by one (beyond that, "all" is the choice). */
export const MAX_SELECTED_INTERVIEWS = 200

/**
 * What a link shares, chosen by the owner. The account (address, password, sessions) is never
 * among it. The mood log and rebound plans are shared only when chosen explicitly.
 */
export type ShareChoice = {
  /** Every debrief, the ones of `interviewIds`, or none. */
  debriefs: DebriefScope
  /** The interviews whose debriefs are shared when `debriefs` is `selected`; empty otherwise. */
  interviewIds: string[]
  /** Rehearsal answers and their recordings. */
  rehearsal: boolean
  /** Mock interview reports. */
  mockInterviews: boolean
  progress: boolean
  /** The mood log: never unless chosen. */
  moods: boolean
  /** Rebound plans: never unless chosen. */
  rebounds: boolean
}

/** The choice that shares nothing, from which a narrower one is built. */
export const SHARES_NOTHING: Readonly<ShareChoice> = {
  debriefs: 'none',
  interviewIds: [],
  rehearsal: false,
  mockInterviews: false,
  progress: false,
  moods: false,
  rebounds: false,
}

/** A choice as it will be kept: the selection only when `selected`, each interview once. */
export function normaliseShareChoice(choice: ShareChoice): ShareChoice {
  return {
    ...choice,
    interviewIds: choice.debriefs === 'selected' ? [...new Set(choice.interviewIds)] : [],
  }
}

/** Whether the choice shares anything at all (a link that shares nothing has no purpose). */
export function sharesSomething(choice: ShareChoice): boolean {
  return (
    choice.debriefs === 'all' ||
    (choice.debriefs === 'selected' && choice.interviewIds.length > 0) ||
    choice.rehearsal ||
    choice.mockInterviews ||
    choice.progress ||
    choice.moods ||
    choice.rebounds
  )
}

export type SharingLink = {
  id: string
  ownerId: string
  /** Null until someone accepts the invitation. */
  inviteeId: string | null
  role: SharingRole
  shares: ShareChoice
  createdAt: string
  /** When the invitation stops being acceptable (an accepted link does not expire). */
  expiresAt: string
  acceptedAt: string | null
  endedAt: string | null
}

/**
 * `pending`: an invitation nobody accepted yet; `expired`: one nobody accepted in time; `active`:
 * accepted and not ended; `ended`: ended by either side (or withdrawn before it was accepted).
 */
export type LinkState = 'pending' | 'expired' | 'active' | 'ended'

export function linkState(link: SharingLink, now: Date): LinkState {
  if (link.endedAt !== null) return 'ended'
  if (link.inviteeId !== null && link.acceptedAt !== null) return 'active'
  return new Date(link.expiresAt) <= now ? 'expired' : 'pending'
}

/** Whether the link grants anything: accepted and not ended. Needs no clock. */
export const isActiveLink = (link: SharingLink): boolean =>
  link.endedAt === null && link.inviteeId !== null && link.acceptedAt !== null

/** An invitation can be accepted for a week. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

export const invitationExpiry = (now: Date): Date => new Date(now.getTime() + INVITATION_LIFETIME_MS)

/**
 * Whether `actorId` may accept this invitation now: `self` when it is their own, `used` when
 * someone accepted it already or it was withdrawn, `expired` past its week.
 */
export type InvitationCheck = 'valid' | 'self' | 'used' | 'expired'

export function checkInvitation(link: SharingLink, actorId: string, now: Date): InvitationCheck {
  if (link.ownerId === actorId) return 'self'
  const state = linkState(link, now)
  if (state === 'active' || state === 'ended') return 'used'
  if (state === 'expired') return 'expired'
  return 'valid'
}

/** Who may end a link: either side, while it is not ended (the owner also withdraws a pending invitation). */
export function mayEndLink(link: SharingLink, actorId: string): boolean {
  if (link.endedAt !== null) return false
  return link.ownerId === actorId || (link.inviteeId === actorId && link.acceptedAt !== null)
}
