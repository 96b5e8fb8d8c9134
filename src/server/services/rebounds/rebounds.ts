import { EARLY_STAGES } from '../../../domain/debrief'
import { defaultReboundSteps, REBOUND_OFFER_DAYS, reboundOffers } from '../../../domain/progress'
import { ApiError } from '../../errors'
import type { Repositories } from '../../repositories'
import { isUniqueViolation } from '../../repositories/locks.repository'
import type { ReboundChanges } from '../../repositories/rebounds.repository'
import { newId } from '../../security/tokens'
import type { ServiceContext } from '../context'
import { ownedApplication, ownedInterview } from '../interviews/owned-interview'

/** Rejections recent enough to offer a rebound for, and not rebounded yet. */
export async function currentReboundOffers(repositories: Repositories, userId: string, now: Date) {
  const since = new Date(now.getTime() - REBOUND_OFFER_DAYS * 86_400_000).toISOString()
  const [rejections, rebounds] = await Promise.all([
    repositories.rebounds.rejectionsSince(userId, since),
    repositories.rebounds.list(userId),
  ])
  return reboundOffers(rejections, rebounds, now)
}

/**
 * Starts the 48-hour rebound after a rejection (an interview, or a whole application), or
 * returns the one already open: a unique index keeps it to one even when requests race.
 */
export async function startRebound(
  context: ServiceContext,
  user: { id: string; language: 'fr' | 'en' },
  target: { interviewId?: string | undefined; applicationId?: string | undefined },
) {
  const { repositories } = context
  const interview = target.interviewId
    ? (await ownedInterview(repositories, user.id, target.interviewId)).interview
    : undefined
  const application = await ownedApplication(
    repositories,
    user.id,
    interview?.applicationId ?? target.applicationId ?? '',
  )
  const interviewId = interview?.id ?? null
  const open = await repositories.rebounds.findOpen(user.id, application.id, interviewId)
  if (open) return { created: false, rebound: open }

  const at = context.now().toISOString()
  const id = newId()
  const inserted = await repositories.rebounds.insert(
    user.id,
    {
      id,
      interviewId,
      applicationId: application.id,
      mood: null,
      learned: '',
      steps: defaultReboundSteps({
        lang: user.language,
        lateRound: interview ? !EARLY_STAGES.includes(interview.stage) : false,
        makeId: newId,
      }),
      createdAt: at,
      closedAt: null,
    },
    at,
  )
  if (inserted) return { created: true, rebound: inserted }
  // Another request opened it first (or the application was deleted meanwhile).
  const winner = await repositories.rebounds.findOpen(user.id, application.id, interviewId)
  if (!winner) throw new ApiError('not_found')
  return { created: false, rebound: winner }
}

/** Changes a rebound; reopening one while another is open for the same rejection is a conflict. */
export async function updateRebound(
  context: ServiceContext,
  userId: string,
  id: string,
  changes: ReboundChanges,
) {
  try {
    const rebound = await context.repositories.rebounds.update(
      userId,
      id,
      changes,
      context.now().toISOString(),
    )
    if (!rebound) throw new ApiError('not_found')
    return rebound
  } catch (error) {
    if (isUniqueViolation(error)) throw new ApiError('rebound_already_open')
    throw error
  }
}
