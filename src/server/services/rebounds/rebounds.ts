import { EARLY_STAGES } from '../../../domain/debrief'
import {
  defaultReboundSteps,
  planMoodWrite,
  REBOUND_OFFER_DAYS,
  reboundOffers,
} from '../../../domain/progress'
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
 * With `markRejected`, the interview is first recorded as not selected.
 */
export async function startRebound(
  context: ServiceContext,
  user: { id: string; language: 'fr' | 'en' },
  target: {
    interviewId?: string | undefined
    applicationId?: string | undefined
    markRejected?: boolean | undefined
  },
) {
  const { repositories } = context
  let interview = target.interviewId
    ? (await ownedInterview(repositories, user.id, target.interviewId)).interview
    : undefined
  // One tap from a card: the interview is recorded as not selected, then its plan opens. A
  // second tap finds it already rejected and the plan already open, and changes nothing.
  if (interview && target.markRejected && interview.outcome !== 'rejected') {
    interview =
      (await repositories.interviews.update(
        user.id,
        interview.id,
        { outcome: 'rejected' },
        context.now().toISOString(),
      )) ?? interview
  }
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

/**
 * Changes a rebound; reopening one while another is open for the same rejection is a conflict.
 * A mood given in the plan is also a check-in of the mood log (Progress and the report read it).
 */
export async function updateRebound(
  context: ServiceContext,
  userId: string,
  id: string,
  changes: ReboundChanges,
) {
  const now = context.now()
  try {
    return await context.transaction(async (tx) => {
      const rebound = await tx.rebounds.update(userId, id, changes, now.toISOString())
      if (!rebound) throw new ApiError('not_found')
      if (changes.mood !== undefined) {
        const write = planMoodWrite(await tx.moods.latestForRebound(userId, id), changes.mood, now)
        if (write.kind === 'add' && changes.mood !== null) {
          await tx.moods.add(userId, { id: newId(), at: now.toISOString(), mood: changes.mood, note: '' }, id)
        } else if (write.kind === 'update' && changes.mood !== null) {
          await tx.moods.setMood(userId, write.id, changes.mood)
        } else if (write.kind === 'remove') {
          await tx.moods.remove(userId, write.id)
        }
      }
      return rebound
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new ApiError('rebound_already_open')
    throw error
  }
}
