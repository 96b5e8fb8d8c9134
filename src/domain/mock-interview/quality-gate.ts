// Whether an answer gives enough to judge. An answer too short or unintelligible gets no verdict at all:
// "not enough to say", never praise the figures cannot back.
import { isStopWord, words } from './posting-terms'

export type Gate = 'ok' | 'too-short' | 'unintelligible'

/** Below this many words there is nothing to judge. */
export const MIN_JUDGED_WORDS = 12

/** Real French or English sentences are a third to a half stop words; a garbled transcript is not. */
const MIN_STOP_WORD_SHARE = 0.12
/** Words per window when measuring variety: a long answer repeats words without being garbled. */
const WINDOW = 50
/** An answer that is mostly the same few words over and over ("euh euh euh…", a looping transcript). */
const MIN_DISTINCT_SHARE = 0.3

export function qualityGate(text: string): Gate {
  const all = words(text)
  if (all.length < MIN_JUDGED_WORDS) return 'too-short'
  const stop = all.filter(isStopWord).length
  const longWords = all.filter((word) => word.length > 25).length
  if (
    stop / all.length < MIN_STOP_WORD_SHARE ||
    distinctShare(all) < MIN_DISTINCT_SHARE ||
    longWords > all.length / 5
  ) {
    return 'unintelligible'
  }
  return 'ok'
}

/** Distinct words per window of 50, averaged: long answers are not punished for their length. */
function distinctShare(all: string[]): number {
  const shares: number[] = []
  for (let start = 0; start < all.length; start += WINDOW) {
    const window = all.slice(start, start + WINDOW)
    // A short last window says little; it counts only when it is the whole answer.
    if (window.length < WINDOW / 2 && shares.length > 0) break
    shares.push(new Set(window.map((word) => word.toLowerCase())).size / window.length)
  }
  return shares.reduce((a, b) => a + b, 0) / shares.length
}
