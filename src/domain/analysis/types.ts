import type { Lang } from './lexicon/types'

export type { Lang }

/** A piece of the answer: UTF-16 offsets, and `text === answer.slice(start, end)`. */
export type Span = { start: number; end: number; text: string }

export type StarPart = 'situation' | 'task' | 'action' | 'result'

export type OwnershipVerdict = 'i' | 'we' | 'mixed' | 'none'

export type AssertivenessLevel = 'low' | 'medium' | 'high'

export const SUGGESTION_KINDS = [
  'filler',
  'hedge',
  'hedged-claim',
  'self-deprecation',
  'ownership',
  'add-result',
  'add-metric',
  'star-situation',
  'star-task',
  'star-action',
] as const
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number]

export type Suggestion = {
  span: Span
  kind: SuggestionKind
  message: { fr: string; en: string }
  /** The text that should replace `span` ("" to delete it); only when the change is mechanically safe. */
  rewrite?: string
}

export type AnswerAnalysis = {
  lang: Lang
  wordCount: number
  /** Speaking time at 140 words per minute, rounded to the second. */
  estimatedSeconds: number
  fillers: Span[]
  hedges: Span[]
  selfDeprecation: Span[]
  star: Record<StarPart, boolean>
  starEvidence: Record<StarPart, Span[]>
  metrics: Span[]
  ownership: { singular: number; plural: number; verdict: OwnershipVerdict }
  assertiveness: { score: number; level: AssertivenessLevel }
  suggestions: Suggestion[]
}

export type AnalyzeOptions = {
  lang?: Lang
  /**
   * The answer was written by speech recognition (mostly lower case, little or no punctuation): the
   * rules that find a clause boundary from punctuation also find it from the words. `true` for a
   * transcript, `false` for typed text; left out, an answer with almost no punctuation is read as a
   * transcript (see `looksSpoken`), so typed answers with ordinary punctuation read as before.
   */
  transcript?: boolean
}
