/**
 * The names a rehearsal card's schedule uses: the four grades a person gives an attempt, and the states a card
 * goes through. Apart from scheduling.ts (which converts them to ts-fsrs's), so that the schemas naming them do not
 * bring the scheduler to every page that reads a card.
 */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const
export type GradeName = (typeof GRADES)[number]

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const
export type CardStateName = (typeof CARD_STATES)[number]
