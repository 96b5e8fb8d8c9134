/**
 * The one access policy (issue 17, ADR 0014): may this person do this to that resource, given the
 * links? Every service asks it; routes never decide. Pure.
 *
 * A deny says nothing about why, so that callers answer 404 whether the resource does not exist,
 * is not shared, or belongs to someone the actor has no link with.
 */
import { isActiveLink, type ShareChoice, type SharingLink, type SharingRole } from './links'

export const RESOURCE_KINDS = [
  'debrief',
  'rehearsal_answer',
  'rehearsal_recording',
  'mock_report',
  'progress',
  'mood_log',
  'rebound_plan',
  'account',
] as const
export type ResourceKind = (typeof RESOURCE_KINDS)[number]

/**
 * Something of one person's. `id` names the item where the share can be item by item: for a
 * debrief, the interview it belongs to.
 */
export type Resource = { kind: ResourceKind; ownerId: string; id?: string }

export const ACTIONS = ['read', 'comment', 'rate', 'assign', 'write'] as const
export type Action = (typeof ACTIONS)[number]

/** What each role may do on what is shared with it. Nobody but the owner ever writes. */
export const ROLE_ACTIONS: Record<SharingRole, readonly Action[]> = {
  coach: ['read', 'comment', 'rate', 'assign'],
  partner: ['read', 'comment'],
}

export type AccessDecision =
  | { allowed: true; as: 'owner' }
  | { allowed: true; as: SharingRole; linkId: string }
  | { allowed: false }

const DENY: AccessDecision = { allowed: false }

/** Whether a share choice covers a resource (its owner aside). The account is never covered. */
export function shareCovers(shares: ShareChoice, resource: Resource): boolean {
  switch (resource.kind) {
    case 'debrief':
      return (
        shares.debriefs === 'all' ||
        (shares.debriefs === 'selected' &&
          resource.id !== undefined &&
          shares.interviewIds.includes(resource.id))
      )
    case 'rehearsal_answer':
    case 'rehearsal_recording':
      return shares.rehearsal
    case 'mock_report':
      return shares.mockInterviews
    case 'progress':
      return shares.progress
    case 'mood_log':
      return shares.moods
    case 'rebound_plan':
      return shares.rebounds
    case 'account':
      return false
  }
}

/**
 * The decision: the owner may do anything on their own; otherwise an active link from the
 * resource's owner to the actor must share the resource and its role must allow the action.
 */
export function decideAccess(
  actorId: string,
  action: Action,
  resource: Resource,
  links: readonly SharingLink[],
): AccessDecision {
  if (actorId === resource.ownerId) return { allowed: true, as: 'owner' }
  for (const link of links) {
    if (
      link.ownerId === resource.ownerId &&
      link.inviteeId === actorId &&
      isActiveLink(link) &&
      ROLE_ACTIONS[link.role].includes(action) &&
      shareCovers(link.shares, resource)
    ) {
      return { allowed: true, as: link.role, linkId: link.id }
    }
  }
  return DENY
}
