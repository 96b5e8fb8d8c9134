/**
 * How long a pitch takes to say, and whether that fits a one-minute pitch. Pure functions.
 */

/**
 * Speaking rate used to turn words into seconds. People speak a prepared answer at about
 * 130–160 words a minute; 140 sits at the calm end of that range, which is where a nervous
 * candidate should aim.
 */
export const WORDS_PER_MINUTE = 140

/** A "one-minute" pitch shorter than this is far too short: it leaves out the proof or the why. */
export const PITCH_TOO_SHORT_SECONDS = 30
/** Longer than this, a one-minute pitch is far too long: the recruiter stops listening. */
export const PITCH_TOO_LONG_SECONDS = 90
/** What a one-minute pitch aims for. */
export const PITCH_TARGET_SECONDS = 60

export function countWords(text: string): number {
  const trimmed = text.trim()
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length
}

/** Seconds to say this many words aloud, at `WORDS_PER_MINUTE`. */
export const speakingSeconds = (words: number): number => Math.round((words / WORDS_PER_MINUTE) * 60)

export type PitchLengthVerdict =
  | { kind: 'empty' }
  | { kind: 'fine'; seconds: number }
  /** `words`: about how many words to add or cut to come back to a minute. */
  | { kind: 'too_short' | 'too_long'; seconds: number; words: number }

const TARGET_WORDS = Math.round((PITCH_TARGET_SECONDS * WORDS_PER_MINUTE) / 60)

/** Whether a pitch of this many words is far too short, far too long, or fine for a minute. */
export function pitchLengthVerdict(words: number): PitchLengthVerdict {
  if (words <= 0) return { kind: 'empty' }
  // Thresholds compare the exact time; the verdict carries it rounded, as it is shown.
  const exact = (words / WORDS_PER_MINUTE) * 60
  const seconds = Math.round(exact)
  if (exact < PITCH_TOO_SHORT_SECONDS) return { kind: 'too_short', seconds, words: TARGET_WORDS - words }
  if (exact > PITCH_TOO_LONG_SECONDS) return { kind: 'too_long', seconds, words: words - TARGET_WORDS }
  return { kind: 'fine', seconds }
}
