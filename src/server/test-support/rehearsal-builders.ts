import type { AttemptFigures } from '../../domain/rehearsal/cards'
import { newSchedule } from '../../domain/rehearsal/scheduling'
import type { NewAttempt } from '../repositories/attempts.repository'
import type { NewCard } from '../repositories/cards.repository'

// Rows of the rehearsal deck for repository tests: plain data, the fields a test names win.

/** A card of the person's own, never rehearsed (due at its creation); the fields a test names win. */
export const newCard = (id: string, createdAt: string, card: Partial<NewCard> = {}): NewCard => ({
  id,
  source: 'own',
  bankKey: null,
  interviewId: null,
  debriefQuestionId: null,
  lang: 'fr',
  category: 'about_you',
  question: `Question ${id}`,
  hint: '',
  schedule: newSchedule(new Date(createdAt)),
  createdAt,
  ...card,
})

/** The figures of a plain 100-word answer; the fields a test names win. */
export const attemptFigures = (figures: Partial<AttemptFigures> = {}): AttemptFigures => ({
  lang: 'fr',
  wordCount: 100,
  estimatedSeconds: 40,
  fillerCount: 0,
  hedgeCount: 0,
  selfDeprecationCount: 0,
  starParts: 0,
  star: { situation: false, task: false, action: false, result: false },
  metricsCount: 0,
  assertivenessScore: 50,
  assertivenessLevel: 'medium',
  ...figures,
})

/** A typed review attempt graded "good"; the fields a test names win. */
export const newAttempt = (
  id: string,
  cardId: string,
  createdAt: string,
  attempt: Partial<NewAttempt> = {},
): NewAttempt => ({
  id,
  cardId,
  mode: 'review',
  grade: 'good',
  text: `Réponse ${id}`,
  figures: attemptFigures(),
  spokenSeconds: null,
  longPauses: null,
  wordsPerMinute: null,
  createdAt,
  ...attempt,
})
