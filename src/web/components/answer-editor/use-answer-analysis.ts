import { useDeferredValue, useMemo } from 'react'
import { type AnswerAnalysis, analyzeAnswer, type Lang } from '../../../domain/analysis'

export type AnswerAnalysisState = {
  /** Null while the answer is empty (or only spaces). */
  analysis: AnswerAnalysis | null
  /** The text `analysis` describes: a keystroke or so behind the textarea while typing fast. */
  analyzedText: string
}

/**
 * Analyses the answer in the browser, as a low-priority render: typing stays immediate, and the
 * analysis (a couple of milliseconds for 2,000 words) follows as soon as the browser is free.
 */
export function useAnswerAnalysis(
  value: string,
  lang: Lang | undefined,
  /** True when the text came from speech recognition: read as a spoken transcript. */
  transcript?: boolean,
): AnswerAnalysisState {
  const analyzedText = useDeferredValue(value)
  const analysis = useMemo(
    () =>
      analyzedText.trim() === ''
        ? null
        : analyzeAnswer(analyzedText, {
            ...(lang ? { lang } : {}),
            ...(transcript !== undefined ? { transcript } : {}),
          }),
    [analyzedText, lang, transcript],
  )
  return { analysis, analyzedText }
}
