import type { ThrottlePolicy } from '../../../domain/accounts/login-throttle'
import {
  checkInvitation,
  invitationExpiry,
  linkState,
  mayEndLink,
  normaliseShareChoice,
} from '../../../domain/sharing'
import type { NewInvitation, OwnedLink, ReceivedLink } from '../../../shared/schemas/sharing'
import { validationMessage } from '../../../shared/validation-messages'
import { ApiError, type ErrorCode } from '../../errors'
import type { OwnedLinkRecord, ReceivedLinkRecord } from '../../repositories/sharing.repository'
import { newId, newSessionToken, sha256 } from '../../security/tokens'
import type { ServiceContext } from '../context'
import { countThrottledRequest } from '../request-throttle'

/**
 * Invitations mailed per person: 5 within 15 minutes, then an hour's wait. Rebond mails any address
 * it is given, so this keeps it from becoming a way to send mail in bulk.
 */
export const INVITATION_MAIL_POLICY: ThrottlePolicy = {
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
  lockMs: 60 * 60 * 1000,
}

/** Counts one mailed invitation for its owner: 0 when it may go, else the seconds to wait. */
export const countInvitationMail = (context: ServiceContext, ownerId: string): Promise<number> =>
  countThrottledRequest(context, sha256(`invitation-mail:${ownerId}`), INVITATION_MAIL_POLICY)

/** The page an invitation opens; the token rides in the fragment, which browsers never send to a server. */
export const invitationLink = (origin: string, token: string): string => `${origin}/invitation#${token}`

const ownedView = (link: OwnedLinkRecord, now: Date): OwnedLink => ({
  id: link.id,
  role: link.role,
  label: link.label,
  shares: link.shares,
  state: linkState(link, now),
  createdAt: link.createdAt,
  expiresAt: link.expiresAt,
  acceptedAt: link.acceptedAt,
  endedAt: link.endedAt,
  endedBy: link.endedBy,
  invitee: link.invitee,
  lastLookedAt: link.lastLookedAt,
})

/** A link as its invitee sees it. */
export const receivedView = (link: ReceivedLinkRecord): ReceivedLink => ({
  id: link.id,
  role: link.role,
  shares: link.shares,
  createdAt: link.createdAt,
  acceptedAt: link.acceptedAt,
  owner: link.owner,
})

/**
 * Makes an invitation: the link (pending) and its token, which only the answer carries. Selected
 * debriefs must be the owner's interviews (an id that is not gets the same field message whether
 * it exists or not).
 */
export async function createInvitation(
  context: ServiceContext,
  ownerId: string,
  input: NewInvitation,
  lang: 'fr' | 'en',
): Promise<{ link: OwnedLink; token: string }> {
  const { repositories, now } = context
  const shares = normaliseShareChoice(input.shares)
  const owned = new Set(await repositories.sharing.ownedInterviewIds(ownerId, shares.interviewIds))
  const unknown = shares.interviewIds.findIndex((interviewId) => !owned.has(interviewId))
  if (unknown >= 0) {
    throw new ApiError('validation_failed', {
      [`shares.interviewIds.${unknown}`]: validationMessage('invalid_choice', lang),
    })
  }
  const token = newSessionToken()
  const at = now()
  const link = {
    id: newId(),
    ownerId,
    role: input.role,
    label: input.label,
    shares,
    tokenHash: sha256(token),
    createdAt: at.toISOString(),
    expiresAt: invitationExpiry(at).toISOString(),
  }
  await repositories.sharing.insert(link)
  const record: OwnedLinkRecord = {
    ...link,
    inviteeId: null,
    acceptedAt: null,
    endedAt: null,
    endedBy: null,
    invitee: null,
    lastLookedAt: null,
  }
  return { link: ownedView(record, at), token }
}

/** The person's links: those they made (every state) and those others made to them (active only). */
export async function listLinks(
  context: ServiceContext,
  userId: string,
): Promise<{ owned: OwnedLink[]; received: ReceivedLink[] }> {
  const { repositories, now } = context
  const [owned, received] = await Promise.all([
    repositories.sharing.listOwned(userId),
    repositories.sharing.listReceived(userId),
  ])
  const at = now()
  return { owned: owned.map((link) => ownedView(link, at)), received: received.map(receivedView) }
}

/**
 * A link someone made to this person, opened by them: 404 unless it is active and theirs. The
 * opening is noted in the owner's access log.
 */
export async function openReceivedLink(
  context: ServiceContext,
  inviteeId: string,
  linkId: string,
): Promise<ReceivedLink> {
  const { repositories, now } = context
  const link = await repositories.sharing.findReceived(inviteeId, linkId)
  if (!link) throw new ApiError('not_found')
  await repositories.sharing.logAccess({
    id: newId(),
    linkId: link.id,
    resourceKind: 'overview',
    resourceId: null,
    openedAt: now().toISOString(),
  })
  return receivedView(link)
}

const CHECK_ERRORS: Record<'self' | 'used' | 'expired', ErrorCode> = {
  self: 'invitation_self',
  used: 'invitation_used',
  expired: 'invitation_expired',
}

/**
 * Accepts an invitation by its token, for the signed-in person. A token that is not one of ours
 * is `invitation_invalid`; one's own, `invitation_self`; an invitation accepted (by anyone, even
 * a moment ago by a racing request) or withdrawn, `invitation_used`; past its week, `invitation_expired`.
 */
export async function acceptInvitation(
  context: ServiceContext,
  inviteeId: string,
  token: string,
): Promise<ReceivedLink> {
  const { repositories, now } = context
  const link = await repositories.sharing.findByTokenHash(sha256(token))
  if (!link) throw new ApiError('invitation_invalid')
  const at = now()
  const check = checkInvitation(link, inviteeId, at)
  if (check !== 'valid') throw new ApiError(CHECK_ERRORS[check])
  // The check above read the link; the conditional update decides between racing acceptances.
  if (!(await repositories.sharing.accept(link.id, inviteeId, at.toISOString()))) {
    const current = await repositories.sharing.findByTokenHash(sha256(token))
    const again = current ? checkInvitation(current, inviteeId, at) : 'used'
    throw new ApiError(CHECK_ERRORS[again === 'valid' ? 'used' : again])
  }
  const accepted = await repositories.sharing.findReceived(inviteeId, link.id)
  if (!accepted) throw new ApiError('invitation_used')
  return receivedView(accepted)
}

/**
 * Ends a link, from either side: it grants nothing from the next request on. The owner may also
 * withdraw an invitation nobody accepted. Ending a link already ended changes nothing for its owner;
 * for its invitee, and for anyone else, the link does not exist (404).
 */
export async function endLink(context: ServiceContext, userId: string, linkId: string): Promise<void> {
  const { repositories, now } = context
  const link = await repositories.sharing.findForSide(userId, linkId)
  if (!link) throw new ApiError('not_found')
  const side = link.ownerId === userId ? 'owner' : 'invitee'
  if (!mayEndLink(link, userId)) {
    if (side === 'owner') return
    throw new ApiError('not_found')
  }
  // Ended by the other side a moment ago: for the owner the result is the same; the invitee loses sight of it.
  const ended = await repositories.sharing.end(userId, link.id, side, now().toISOString())
  if (!ended && side === 'invitee') throw new ApiError('not_found')
}
