import { checkInvitation } from '../../../domain/sharing'
import type { InvitationPreview } from '../../../shared/schemas/sharing'
import { ApiError } from '../../errors'
import { sha256 } from '../../security/tokens'
import type { ServiceContext } from '../context'

/**
 * What an invitation shows before it is accepted, to whoever holds its token (signed in or not):
 * whose it is, the role and the kinds of things it shares. The same errors as accepting it, but for
 * "your own" (the visitor may not be signed in): a token that is not one, `invitation_invalid`;
 * accepted or withdrawn, `invitation_used`; past its week, `invitation_expired`.
 */
export async function previewInvitation(context: ServiceContext, token: string): Promise<InvitationPreview> {
  const { repositories, now } = context
  const link = await repositories.sharing.findByTokenHash(sha256(token))
  if (!link) throw new ApiError('invitation_invalid')
  // Nobody is the owner here: only the link's state is checked.
  const check = checkInvitation(link, '', now())
  if (check === 'used') throw new ApiError('invitation_used')
  if (check === 'expired') throw new ApiError('invitation_expired')
  const owner = await repositories.users.findById(link.ownerId)
  if (!owner) throw new ApiError('invitation_invalid')
  const { shares } = link
  return {
    owner: { displayName: owner.displayName },
    role: link.role,
    shares: {
      debriefs: shares.debriefs,
      selectedDebriefs: shares.debriefs === 'selected' ? shares.interviewIds.length : 0,
      rehearsal: shares.rehearsal,
      mockInterviews: shares.mockInterviews,
      progress: shares.progress,
      moods: shares.moods,
      rebounds: shares.rebounds,
    },
    expiresAt: link.expiresAt,
  }
}
