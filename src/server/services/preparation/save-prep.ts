import { validationMessage } from '../../../shared/validation-messages'
import { ApiError } from '../../errors'
import type { StoredPrep } from '../../repositories/preparation.repository'
import type { ServiceContext } from '../context'
import { saveDebrief } from '../debriefs/save-debrief'
import { ownedInterview } from '../interviews/owned-interview'
import { carriedActionsFor } from './build-plan'

type Author = { id: string; language: 'fr' | 'en' }

/**
 * Saves what the person typed in an interview's plan (questions, logistics, or the actions
 * applied), on their own interview only: someone else's id is a 404 even where no plan exists yet.
 */
export async function savePrep(
  { repositories, now }: ServiceContext,
  user: Author,
  interviewId: string,
  changes: Partial<Pick<StoredPrep, 'questionsToAsk' | 'logistics' | 'appliedActionIds'>>,
  lang: 'fr' | 'en',
): Promise<void> {
  const { interview } = await ownedInterview(repositories, user.id, interviewId)
  const current = await repositories.preparation.prep(user.id, interview.id)
  const applied = changes.appliedActionIds
  let appliedOffered = current.appliedOffered
  if (applied) {
    // Only actions this plan carries can have been applied; one accepted before stays
    // acceptable, so a debrief edited since never blocks saving.
    const carried = await carriedActionsFor(repositories, user.id, interview, current.appliedActionIds)
    const allowed = new Set([...carried.map((c) => c.action.id), ...current.appliedActionIds])
    const fields = Object.fromEntries(
      applied.flatMap((id, index) =>
        allowed.has(id) ? [] : [[`appliedActionIds.${index}`, validationMessage('invalid_choice', lang)]],
      ),
    )
    if (Object.keys(fields).length > 0) throw new ApiError('validation_failed', fields)
    appliedOffered = allowed.size
  }
  await repositories.preparation.savePrep(
    user.id,
    interview.id,
    { ...current, ...changes, appliedOffered },
    now().toISOString(),
  )
}

/**
 * Records that an action was ticked done from the plan of `planInterviewId` (which must be the
 * person's own interview), or, with null, that no plan holds it any more.
 */
export async function recordCompletion(
  { repositories, now }: ServiceContext,
  userId: string,
  actionId: string,
  planInterviewId: string | null,
): Promise<void> {
  if (planInterviewId !== null) await ownedInterview(repositories, userId, planInterviewId)
  await repositories.preparation.recordCompletion(userId, actionId, planInterviewId, now().toISOString())
}

/**
 * Marks an action of an interview's debrief done or open (the debrief's version goes up); from a
 * later interview's plan, records which. Returns the debrief's new version.
 */
export async function setActionStatus(
  context: ServiceContext,
  user: Author,
  interviewId: string,
  actionId: string,
  { status, planInterviewId }: { status: 'open' | 'done'; planInterviewId?: string | undefined },
  lang: 'fr' | 'en',
): Promise<{ version: number }> {
  const { repositories } = context
  const { interview: source } = await ownedInterview(repositories, user.id, interviewId)
  if (planInterviewId !== undefined) {
    const { interview: target } = await ownedInterview(repositories, user.id, planInterviewId)
    // A plan only carries actions from the debriefs of earlier interviews.
    if (!(source.date < target.date)) {
      throw new ApiError('validation_failed', { planInterviewId: validationMessage('invalid_choice', lang) })
    }
  }
  // A concurrent edit of the same debrief wins the race once; try again on the fresh version.
  for (let attempt = 0; attempt < 3; attempt++) {
    const stored = await repositories.debriefs.find(user.id, interviewId)
    const found = stored?.content.lessons.some((l) => l.actions.some((a) => a.id === actionId))
    if (!stored || !found) throw new ApiError('not_found')
    const result = await saveDebrief(context, user, interviewId, stored.version, {
      ...stored.content,
      lessons: stored.content.lessons.map((l) => ({
        ...l,
        actions: l.actions.map((a) => (a.id === actionId ? { ...a, status } : a)),
      })),
    })
    if (result.saved) {
      // Done from a plan: it stays in that plan and leaves later ones. Open again: no plan holds it.
      if (status === 'open' || planInterviewId !== undefined) {
        await recordCompletion(
          context,
          user.id,
          actionId,
          status === 'done' ? (planInterviewId ?? null) : null,
        )
      }
      return { version: result.debrief.version }
    }
  }
  throw new ApiError('conflict')
}
