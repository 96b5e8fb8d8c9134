// Helpers to write the labeled corpus by hand: a labeler names the phrases, the helper finds their
// position (and fails loudly when a phrase is not in the text), so labels stay exact and checked.
// Assertiveness is derived from the labels with the guide's formula; everything else is labeled.

import type { AssertivenessLevel, Lang, OwnershipVerdict } from '../../../src/domain/analysis/index'

export type LabeledSpan = { text: string; start: number }

/** How the answer reached Rebond: typed, or written by speech recognition from what was said. */
export type AnswerKind = 'written' | 'transcript'

export type CorpusItem = {
  id: string
  lang: Lang
  kind: AnswerKind
  text: string
  fillers: LabeledSpan[]
  hedges: LabeledSpan[]
  selfDeprecation: boolean
  star: { situation: boolean; task: boolean; action: boolean; result: boolean }
  metrics: boolean
  ownership: OwnershipVerdict
  level: AssertivenessLevel
  trap: boolean
  traps: string[]
}

/** A phrase as written in the answer, or a phrase and which occurrence it is (0-based). */
export type Mark = string | readonly [string, number]

export type ItemSpec = {
  id: string
  /** 'written' unless given. */
  kind?: AnswerKind
  text: string
  fillers?: readonly Mark[]
  hedges?: readonly Mark[]
  selfDeprecation?: boolean
  /** STAR parts present, as letters: "STAR", "SA", "" … */
  star: string
  metrics: boolean
  ownership: OwnershipVerdict
  traps?: readonly string[]
}

const fold = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'")
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/** Start offsets of the whole-word, case- and apostrophe-insensitive occurrences of `phrase`. */
export function occurrences(text: string, phrase: string): number[] {
  const hay = fold(text)
  const needle = fold(phrase)
  const found: number[] = []
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    // A phrase ending in an elision ("je pense qu'") is glued to the next word.
    const endOk = needle.endsWith("'") || !isWordChar(text[at + needle.length])
    if (!isWordChar(text[at - 1]) && endOk) found.push(at)
  }
  return found
}

/**
 * Resolves marks to spans. A bare phrase listed n times means its first n occurrences; a
 * `[phrase, k]` pair picks the k-th occurrence.
 */
export function spans(text: string, marks: readonly Mark[], id: string): LabeledSpan[] {
  const used = new Map<string, number>()
  const out = marks.map((mark) => {
    const [phrase, explicit] = typeof mark === 'string' ? [mark, undefined] : mark
    const index = explicit ?? used.get(fold(phrase)) ?? 0
    if (explicit === undefined) used.set(fold(phrase), index + 1)
    const start = occurrences(text, phrase)[index]
    if (start === undefined) throw new Error(`${id}: "${phrase}" #${index} is not in the text`)
    return { text: text.slice(start, start + phrase.length), start }
  })
  out.sort((a, b) => a.start - b.start)
  out.forEach((s, i) => {
    const prev = out[i - 1]
    if (prev && prev.start + prev.text.length > s.start) throw new Error(`${id}: overlapping labels`)
  })
  return out
}

/** Words as a person counts them: whitespace-separated chunks holding a letter or a digit. */
export function countWordsByHand(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/** The guide's assertiveness rule applied to labeled counts. */
export function levelFromLabels(
  hedges: number,
  fillers: number,
  words: number,
  selfDeprecation: boolean,
): AssertivenessLevel {
  const density = words > 0 ? ((hedges + 0.5 * fillers) * 100) / words : 0
  if (selfDeprecation || density >= 5) return 'low'
  if (density < 1.5) return 'high'
  return 'medium'
}

export function item(lang: Lang, spec: ItemSpec): CorpusItem {
  const fillers = spans(spec.text, spec.fillers ?? [], spec.id)
  const hedges = spans(spec.text, spec.hedges ?? [], spec.id)
  const both = [...fillers, ...hedges].sort((a, b) => a.start - b.start)
  both.forEach((s, i) => {
    const prev = both[i - 1]
    if (prev && prev.start + prev.text.length > s.start)
      throw new Error(`${spec.id}: a filler overlaps a hedge`)
  })
  const selfDeprecation = spec.selfDeprecation ?? false
  const star = spec.star.toUpperCase()
  if (/[^STAR]/.test(star)) throw new Error(`${spec.id}: star must use the letters S, T, A, R`)
  return {
    id: spec.id,
    lang,
    kind: spec.kind ?? 'written',
    text: spec.text,
    fillers,
    hedges,
    selfDeprecation,
    star: {
      situation: star.includes('S'),
      task: star.includes('T'),
      action: star.includes('A'),
      result: star.includes('R'),
    },
    metrics: spec.metrics,
    ownership: spec.ownership,
    level: levelFromLabels(hedges.length, fillers.length, countWordsByHand(spec.text), selfDeprecation),
    trap: (spec.traps ?? []).length > 0,
    traps: [...(spec.traps ?? [])],
  }
}
