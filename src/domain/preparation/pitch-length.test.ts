import { describe, expect, it } from 'vitest'
import {
  countWords,
  PITCH_TOO_LONG_SECONDS,
  PITCH_TOO_SHORT_SECONDS,
  pitchLengthVerdict,
  speakingSeconds,
  WORDS_PER_MINUTE,
} from './pitch-length'

describe('how long a one-minute pitch takes to say', () => {
  it('reads words at a calm speaking rate, between 130 and 160 a minute', () => {
    expect(WORDS_PER_MINUTE).toBeGreaterThanOrEqual(130)
    expect(WORDS_PER_MINUTE).toBeLessThanOrEqual(160)
    expect(speakingSeconds(WORDS_PER_MINUTE)).toBe(60)
    expect(countWords('  Dix ans   de gestion\nde projet. ')).toBe(6)
    expect(countWords('   ')).toBe(0)
  })

  it.each([
    [0, 'empty'],
    [20, 'too_short'],
    [69, 'too_short'],
    [70, 'fine'],
    [140, 'fine'],
    [210, 'fine'],
    [211, 'too_long'],
    [400, 'too_long'],
  ] as const)('%i words: %s', (words, kind) => {
    expect(pitchLengthVerdict(words).kind).toBe(kind)
  })

  it('says how many words to add or cut to come back to about a minute', () => {
    expect(pitchLengthVerdict(40)).toEqual({ kind: 'too_short', seconds: 17, words: 100 })
    expect(pitchLengthVerdict(300)).toEqual({ kind: 'too_long', seconds: 129, words: 160 })
  })

  it('warns only when far off: under about 30 s or over about 90 s', () => {
    expect(PITCH_TOO_SHORT_SECONDS).toBe(30)
    expect(PITCH_TOO_LONG_SECONDS).toBe(90)
  })
})
