import { type DebriefContent, debriefProgress, normalizeDebrief } from '../../../domain/debrief'
import type { SaveResult } from '../../repositories/debriefs.repository'
import type { ServiceContext } from '../context'
import { syncRehearsalCards } from './debrief-cards'

export type DebriefAuthor = { id: string; language: 'fr' | 'en' }

/**
 * Saves a debrief edited from `baseVersion`, with its figures and the rehearsal cards of its
 * flagged questions, all or nothing: a crash never leaves a saved debrief without its cards.
 * The caller has checked that the interview is the user's.
 */
export async function saveDebrief(
  context: ServiceContext,
  user: DebriefAuthor,
  interviewId: string,
  baseVersion: number,
  document: DebriefContent,
): Promise<SaveResult> {
  const content = normalizeDebrief(document)
  const at = context.now()
  return context.transaction(async (tx) => {
    const result = await tx.debriefs.save(
      user.id,
      interviewId,
      baseVersion,
      content,
      debriefProgress(content),
      at.toISOString(),
    )
    if (result.saved) await syncRehearsalCards(tx, user.id, interviewId, content, user.language, at)
    return result
  })
}
