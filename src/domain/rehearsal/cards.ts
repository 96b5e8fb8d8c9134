import type { AnswerAnalysis } from '../analysis'
import type { DebriefContent } from '../debrief/types'

/** Where a card comes from: the shipped bank, a debrief's destabilizing question, or the user. */
export const CARD_SOURCES = ['bank', 'debrief', 'own'] as const
export type CardSource = (typeof CARD_SOURCES)[number]

/** The category of a card born from a debrief, beside the bank's categories. */
export const FROM_INTERVIEW = 'from_interview'

export type DebriefCardRequest = { questionId: string; question: string; preparedAnswer: string }

/** The questions of a debrief flagged "rehearse this", as cards the deck should hold. */
export function cardsFromDebrief(content: DebriefContent): DebriefCardRequest[] {
  const byId = new Map(content.questions.map((q) => [q.id, q]))
  return content.destabilizing.flatMap((d) => {
    const question = byId.get(d.questionId)?.question.trim()
    return d.rehearse && question
      ? [{ questionId: d.questionId, question, preparedAnswer: d.betterAnswer.trim() }]
      : []
  })
}

/** The figures of an attempt kept for its history: what the trend charts read. */
export type AttemptFigures = {
  lang: 'fr' | 'en'
  wordCount: number
  estimatedSeconds: number
  fillerCount: number
  hedgeCount: number
  selfDeprecationCount: number
  starParts: number
  star: { situation: boolean; task: boolean; action: boolean; result: boolean }
  metricsCount: number
  assertivenessScore: number
  assertivenessLevel: 'low' | 'medium' | 'high'
}

export function attemptFigures(analysis: AnswerAnalysis): AttemptFigures {
  return {
    lang: analysis.lang,
    wordCount: analysis.wordCount,
    estimatedSeconds: Math.round(analysis.estimatedSeconds),
    fillerCount: analysis.fillers.length,
    hedgeCount: analysis.hedges.length,
    selfDeprecationCount: analysis.selfDeprecation.length,
    starParts: Object.values(analysis.star).filter(Boolean).length,
    star: analysis.star,
    metricsCount: analysis.metrics.length,
    assertivenessScore: Math.round(analysis.assertiveness.score),
    assertivenessLevel: analysis.assertiveness.level,
  }
}

/** Fillers per 100 words: comparable across short and long answers. */
export const fillersPer100Words = (f: { fillerCount: number; wordCount: number }): number =>
  f.wordCount === 0 ? 0 : Math.round((f.fillerCount * 1000) / f.wordCount) / 10

/** A comfortable interview answer: long enough to hold a story, short enough to keep attention. */
export const RECOMMENDED_SECONDS = { min: 45, max: 120 } as const
