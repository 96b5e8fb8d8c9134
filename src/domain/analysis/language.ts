import { en } from './lexicon/en'
import { fr } from './lexicon/fr'
import type { Lang } from './lexicon/types'
import { claimFactSlot, normalizeWord, type Token } from './tokenize'

// Stop-word frequency: words frequent in one language only. Words in both lists ("a", "on", "en")
// say nothing and are dropped.
const frWords = new Set(fr.stopWords.map(normalizeWord))
const enWords = new Set(en.stopWords.map(normalizeWord))
for (const w of [...frWords]) {
  if (enWords.has(w)) {
    frWords.delete(w)
    enWords.delete(w)
  }
}

const FRENCH = 1
const ENGLISH = 2
const NEITHER = 3
// Which list a word is in, memoised per spelling in the tokens when a slot is left.
const slot = claimFactSlot()

function vote(token: Token): number {
  const known = slot === null ? 0 : (token.memo.facts[slot] ?? 0)
  if (known !== 0) return known
  const found = frWords.has(token.key) ? FRENCH : enWords.has(token.key) ? ENGLISH : NEITHER
  if (slot !== null) token.memo.facts[slot] = found
  return found
}

const FRENCH_LETTERS = /[éèêàâçùûôîœë]/i

/**
 * The answer's language, from stop words; accented letters break a tie. Without any evidence
 * (empty text, a lone word) French, the app's first language, is assumed.
 */
export function detectLanguage(tokens: readonly Token[], text: string): Lang {
  let frScore = 0
  let enScore = 0
  for (const t of tokens) {
    const found = vote(t)
    if (found === FRENCH) frScore++
    else if (found === ENGLISH) enScore++
  }
  if (frScore !== enScore) return frScore > enScore ? 'fr' : 'en'
  if (FRENCH_LETTERS.test(text)) return 'fr'
  return enScore > 0 ? 'en' : 'fr'
}
