import { describe, expect, it } from 'vitest'
import { countWords, segmenterWordRuns, tokenize, wordRuns } from './tokenize'

// A deterministic pseudo-random generator, so failures are reproducible.
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 16807) % 2147483647
    return state / 2147483647
  }
}

describe('word segmentation', () => {
  it('matches Intl.Segmenter on random Latin text, emoji included', () => {
    const alphabet = [
      ...'aeiouéèàçœßAZÉjlqtdn\'’‘.,;:-‐_ 0123456789%€$()!?«»"\n\t·…/&@#xªµ¿×',
      ...[
        '😀',
        '🚀',
        '👍',
        '🏽',
        '\u200d',
        '\ufe0f',
        '\u20e3',
        '☀',
        '❤',
        '🇫🇷',
        '👩‍💻',
        '1️⃣',
        '\u0301',
        '\ud83d',
        '\ude00',
      ],
    ]
    const next = random(7)
    for (let n = 0; n < 20_000; n++) {
      let s = ''
      const len = 1 + Math.floor(next() * 14)
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(next() * alphabet.length)]
      expect(wordRuns(s), JSON.stringify(s)).toEqual(segmenterWordRuns(s))
    }
  })

  it('splits French elisions and keeps offsets on the original text', () => {
    const text = 'J’ai dit qu’il l’a fait.'
    const tokens = tokenize(text, wordRuns(text))
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'J’',
      'ai',
      'dit',
      'qu’',
      'il',
      'l’',
      'a',
      'fait',
    ])
    expect(tokens.map((t) => t.key)).toEqual(['je', 'ai', 'dit', 'que', 'il', 'le', 'a', 'fait'])
  })

  it('marks hyphens and clause boundaries', () => {
    const text = 'peut-être, oui'
    const tokens = tokenize(text, wordRuns(text))
    expect(tokens.map((t) => t.gap)).toEqual(['boundary', 'hyphen', 'boundary'])
  })

  it('counts hyphenated and elided words once', () => {
    const text = "C'est-à-dire qu'on a 30 % de peut-être."
    expect(countWords(text, wordRuns(text))).toBe(6)
  })
})
