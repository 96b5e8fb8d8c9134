import type { DebriefContent } from '../../../domain/debrief'
import { cardsFromDebrief, FROM_INTERVIEW } from '../../../domain/rehearsal/cards'
import { newSchedule } from '../../../domain/rehearsal/scheduling'
import { loadAnalyzer } from '../../lib/analyzer'
import type { Repositories } from '../../repositories'
import { newId } from '../../security/tokens'

/**
 * Questions flagged "rehearse this" join the deck, and keep their wording in step with the
 * debrief. A card belongs to its interview's question: the same question id in another
 * interview's debrief is another card.
 */
export async function syncRehearsalCards(
  repositories: Repositories,
  userId: string,
  interviewId: string,
  content: DebriefContent,
  fallback: 'fr' | 'en',
  at: Date,
) {
  const { analyzeAnswer } = await loadAnalyzer()
  for (const request of cardsFromDebrief(content)) {
    const inserted = await repositories.cards.insert(userId, {
      id: newId(),
      source: 'debrief',
      bankKey: null,
      interviewId,
      debriefQuestionId: request.questionId,
      lang: request.question ? analyzeAnswer(request.question).lang : fallback,
      category: FROM_INTERVIEW,
      question: request.question,
      hint: request.preparedAnswer,
      schedule: newSchedule(at),
      createdAt: at.toISOString(),
    })
    if (!inserted) {
      await repositories.cards.refreshFromDebrief(
        userId,
        interviewId,
        request.questionId,
        request.question,
        request.preparedAnswer,
        at.toISOString(),
      )
    }
  }
}
