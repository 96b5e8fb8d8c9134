// Public entry point of the answer analyzer. Pure: no I/O, runs in the browser and on the server.
export { analyzeAnswer, looksSpoken, MAX_ANSWER_LENGTH, WORDS_PER_MINUTE } from './analyze'
export type { Lang } from './lexicon/types'
export type {
  AnalyzeOptions,
  AnswerAnalysis,
  AssertivenessLevel,
  OwnershipVerdict,
  Span,
  StarPart,
  Suggestion,
  SuggestionKind,
} from './types'
export { SUGGESTION_KINDS } from './types'
