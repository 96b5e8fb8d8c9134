import { type Pitch, pitchText } from '../../../domain/preparation/plan'
import { newSchedule } from '../../../domain/rehearsal/scheduling'
import { newId } from '../../security/tokens'
import type { ServiceContext } from '../context'
import { PITCH_CARD_KEY } from '../rehearsal/cards-for-interview'

/**
 * Saves a new version of the pitch and keeps its deck card in step, in one transaction. The
 * owner's writes are serialised so that two saves at once get versions n+1 and n+2, never the
 * same number twice.
 */
export async function savePitch(
  context: ServiceContext,
  user: { id: string; language: 'fr' | 'en' },
  pitch: Pitch,
) {
  const at = context.now()
  await context.transaction(async (tx) => {
    await tx.locks.owner(user.id)
    const latest = (await tx.preparation.pitches(user.id))[0]
    await tx.preparation.addPitch(user.id, (latest?.version ?? 0) + 1, pitch, at.toISOString())
    const text = pitchText(pitch)
    const existing = await tx.cards.findByBankKey(user.id, PITCH_CARD_KEY)
    if (existing) {
      await tx.cards.update(user.id, existing.id, { hint: text }, at.toISOString())
      return
    }
    await tx.cards.insert(user.id, {
      id: newId(),
      source: 'own',
      bankKey: PITCH_CARD_KEY,
      interviewId: null,
      debriefQuestionId: null,
      lang: user.language,
      category: 'about_you',
      question: user.language === 'fr' ? 'Présentez-vous.' : 'Tell me about yourself.',
      hint: text,
      schedule: newSchedule(at),
      createdAt: at.toISOString(),
    })
  })
}
