import { bankQuestion } from '../../../domain/rehearsal/question-bank'
import type { Application, Interview } from '../../../shared/schemas/interviews'
import type { CardView } from '../../../shared/schemas/rehearsal'
import type { Repositories } from '../../repositories'
import { foldForSearch } from '../../repositories/text-search'

/**
 * Deck cards worth practising before an interview: bank questions typical of its stage,
 * every destabilizing question from a debrief, and the user's own questions naming the company.
 */
export async function cardsFittingInterview(
  repositories: Repositories,
  userId: string,
  interview: Interview,
  application: Application,
): Promise<CardView[]> {
  const company = foldForSearch(application.company)
  const cards = await repositories.cards.list(userId)
  return cards.filter((card) => {
    if (card.source === 'bank')
      return bankQuestion(card.bankKey ?? '')?.stages?.includes(interview.stage) ?? false
    if (card.source === 'debrief') return true
    return card.bankKey === PITCH_CARD_KEY || foldForSearch(card.question).includes(company)
  })
}

/** The deck card holding the user's professional pitch (one per user). */
export const PITCH_CARD_KEY = 'rebond:pitch'
