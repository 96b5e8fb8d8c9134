import type { AccessLog } from '../../../shared/schemas/shared-with-me'
import { ApiError } from '../../errors'
import type { ServiceContext } from '../context'

/**
 * What the invitee opened through a link, for the link's owner only (any state: an ended link's log
 * stays readable). For anyone else, the invitee included, the link does not exist (404).
 */
export async function linkAccessLog(
  context: ServiceContext,
  ownerId: string,
  linkId: string,
): Promise<AccessLog> {
  const link = await context.repositories.sharing.findForSide(ownerId, linkId)
  if (!link || link.ownerId !== ownerId) throw new ApiError('not_found')
  return { entries: await context.repositories.sharingLog.listForOwner(ownerId, linkId) }
}
