// Salient terms of a pasted job posting, TF-IDF style: a word counts more the more often the posting uses
// it, and less the more ordinary it is in interview talk (the question bank is the reference corpus).
import { eng, fra } from 'stopword'
import { QUESTION_BANK } from '../rehearsal/question-bank'
import { MAX_POSTING_LENGTH } from './settings'
/** How many terms steer the questions and get highlighted. */
export const MAX_POSTING_TERMS = 15

export type PostingTerm = {
  /** Lower case, without accents, singular: what matching compares. */
  key: string
  /** The form the posting uses most, for display. */
  label: string
  weight: number
}

export type PostingLanguage = 'fr' | 'en' | 'other'

export type PostingTermsResult =
  | { ok: true; terms: PostingTerm[]; language: PostingLanguage }
  | { ok: false; error: 'too-long'; limit: number }

// Words of job postings that say nothing about the job itself.
const POSTING_BOILERPLATE = [
  'h/f',
  'f/h',
  'cdi',
  'cdd',
  'poste',
  'postes',
  'candidat',
  'candidate',
  'candidats',
  'candidature',
  'profil',
  'offre',
  'missions',
  'mission',
  'job',
  'role',
  'position',
  'apply',
  'applicant',
  'description',
  'requirements',
  'responsibilities',
  'nous',
  'vous',
  'rejoindre',
  'join',
  'etc',
  'ans',
  'years',
]

export const normalizeKey = (word: string): string =>
  word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

const STOP_WORDS: ReadonlySet<string> = new Set([...fra, ...eng, ...POSTING_BOILERPLATE].map(normalizeKey))
const FR_STOP_WORDS: ReadonlySet<string> = new Set(fra.map(normalizeKey))
const EN_STOP_WORDS: ReadonlySet<string> = new Set(eng.map(normalizeKey))

/** A French or English stop word ("le", "the", "with"): what every real sentence is full of. */
export const isStopWord = (word: string): boolean => {
  const key = normalizeKey(word)
  return FR_STOP_WORDS.has(key) || EN_STOP_WORDS.has(key)
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[.\-/][\p{L}\p{N}+#]+)*/gu
// French elisions: "l’équipe", "d'outils", "qu’il" keep the word after the apostrophe.
const ELISION = /^(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu)['’]/iu

/** The words of a text, elisions removed, in their written form. */
export function words(text: string): string[] {
  const out: string[] = []
  for (const raw of text.replace(/['’]/g, '’').split(/\s+/)) {
    const bare = raw.replace(ELISION, '')
    for (const match of bare.matchAll(WORD)) out.push(match[0])
  }
  return out
}

/** A light plural folding, enough for matching: "projets" and "projet", "metrics" and "metric". */
function singular(key: string): string {
  if (key.length <= 4) return key
  if (/(?:eaux|eux)$/.test(key)) return key.slice(0, -1)
  // "business", "status", "anglais", "process" end in s without being plurals.
  if (/s$/.test(key) && !/(?:ss|us|is|ys)$/.test(key)) return key.slice(0, -1)
  return key
}

/** The matching keys of a text: normalised and singular, stop words kept out. */
export function contentKeys(text: string): Set<string> {
  const keys = new Set<string>()
  for (const word of words(text)) {
    const key = normalizeKey(word)
    if (isContent(word, key)) keys.add(singular(key))
  }
  return keys
}

function isContent(word: string, key: string): boolean {
  if (STOP_WORDS.has(key) || /^\d+$/.test(key)) return false
  // Two-letter words count only as acronyms ("RH", "BI"); one letter never.
  return key.length >= 3 || (key.length === 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word))
}

// Document frequencies of the reference corpus, computed on first use (not when a page merely imports
// this module) and kept.
let documentFrequency: ReadonlyMap<string, number> | null = null
function documentFrequencies(): ReadonlyMap<string, number> {
  if (documentFrequency) return documentFrequency
  const df = new Map<string, number>()
  for (const question of QUESTION_BANK) {
    for (const key of contentKeys(`${question.text} ${question.hint}`)) df.set(key, (df.get(key) ?? 0) + 1)
  }
  documentFrequency = df
  return df
}

const idf = (key: string): number =>
  Math.log((QUESTION_BANK.length + 1) / ((documentFrequencies().get(key) ?? 0) + 1)) + 1

function postingLanguage(all: string[]): PostingLanguage {
  let frHits = 0
  let enHits = 0
  for (const word of all) {
    const key = normalizeKey(word)
    if (FR_STOP_WORDS.has(key)) frHits++
    if (EN_STOP_WORDS.has(key)) enHits++
  }
  // Even terse postings in French or English use stop words in more than an eighth of their words.
  if (Math.max(frHits, enHits) < all.length * 0.12) return 'other'
  return frHits >= enHits ? 'fr' : 'en'
}

/** The posting's salient terms, heaviest first; a posting in another language still yields its terms. */
export function postingTerms(posting: string, limit = MAX_POSTING_TERMS): PostingTermsResult {
  if (posting.length > MAX_POSTING_LENGTH) return { ok: false, error: 'too-long', limit: MAX_POSTING_LENGTH }
  const all = words(posting)
  const counts = new Map<string, { count: number; forms: Map<string, number> }>()
  for (const word of all) {
    const key = normalizeKey(word)
    if (!isContent(word, key)) continue
    const entry = counts.get(singular(key)) ?? { count: 0, forms: new Map<string, number>() }
    entry.count++
    entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1)
    counts.set(singular(key), entry)
  }
  const terms = [...counts].map(([key, { count, forms }]) => ({
    key,
    label: mostUsed(forms),
    weight: Math.round((1 + Math.log(count)) * idf(key) * 100) / 100,
  }))
  terms.sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key))
  return { ok: true, terms: terms.slice(0, limit), language: postingLanguage(all) }
}

/** The written form used most; lower case when the posting also writes it so (a capital opening a sentence). */
function mostUsed(forms: Map<string, number>): string {
  const lower = [...forms.keys()].some((form) => form[0] === form[0]?.toLowerCase())
  let best = ''
  let bestCount = 0
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && form < best)) {
      best = form
      bestCount = count
    }
  }
  return lower ? best.toLowerCase() : best
}

/** How strongly a text echoes the posting: the summed weight of the terms it uses. */
export function termOverlap(text: string, terms: readonly PostingTerm[]): number {
  if (terms.length === 0) return 0
  const keys = contentKeys(text)
  return terms.reduce((sum, term) => (keys.has(term.key) ? sum + term.weight : sum), 0)
}

/** The posting's terms an answer uses, to highlight them in the report. */
export function termsUsed(answer: string, terms: readonly PostingTerm[]): PostingTerm[] {
  const keys = contentKeys(answer)
  return terms.filter((term) => keys.has(term.key))
}

export type TermSpan = { start: number; end: number; term: PostingTerm }

/** Where an answer uses the posting's terms (any form: "Projets" for "projet"), to highlight them. */
export function termSpans(answer: string, terms: readonly PostingTerm[]): TermSpan[] {
  if (terms.length === 0) return []
  const byKey = new Map(terms.map((term) => [term.key, term]))
  const spans: TermSpan[] = []
  for (const match of answer.matchAll(WORD)) {
    const key = normalizeKey(match[0])
    const term = isContent(match[0], key) ? byKey.get(singular(key)) : undefined
    if (term) spans.push({ start: match.index, end: match.index + match[0].length, term })
  }
  return spans
}
