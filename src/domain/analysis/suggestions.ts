// Suggestions a person can act on, in both languages. French uses "vous"; the tone is warm and direct
// and never blames. `rewrite` is the text that should replace `span` ("" deletes it) and is given only
// when the edit is mechanically safe.

import type { Span, StarPart, Suggestion } from './types'

type Edit = { start: number; end: number; rewrite: string }

const LOWER = /\p{Ll}/u
const UPPER = /\p{Lu}/u
const CLAUSE_STOP = /[.!?…;:)\]»"”]/

const DANGLING = new Set(['et', 'and', 'mais', 'but', 'bon', 'alors', 'so', 'donc'])

/**
 * The edit that deletes [start, end) and the separator that goes with it: the following comma and
 * spaces when more of the clause follows ("mot, euh, mot" → "mot, mot"), the preceding comma and
 * spaces when it closes the clause ("dur, quoi." → "dur."), with a conjunction left dangling
 * ("…, et voilà." → "….") A capital at the start of the deleted text moves to the next word
 * ("Euh, j'ai" → "J'ai") unless `nextDeleted` says that word goes too; `capital` carries a capital
 * from a previous deletion. `floor` keeps edits from overlapping.
 */
export function deletionEdit(
  text: string,
  range: { start: number; end: number },
  options: { floor: number; capital: boolean; nextDeleted: number | null },
): Edit & { carryCapital: boolean } {
  const { start, end } = range
  const { floor } = options
  let after = end
  while (after < text.length && isBlank(text[after])) after++
  const next = text[after]
  if (next === undefined || CLAUSE_STOP.test(next)) {
    let from = backOverBlanks(text, start, floor)
    const wordStart = backOverWord(text, from, floor)
    if (wordStart < from && DANGLING.has(text.slice(wordStart, from).toLowerCase())) {
      from = backOverBlanks(text, wordStart, floor)
    }
    if (from > floor && text[from - 1] === ',') from--
    return { start: from, end, rewrite: '', carryCapital: false }
  }
  let to = after
  if (next === ',') {
    to++
    while (to < text.length && isBlank(text[to])) to++
  }
  // Only a sentence's first capital moves on: "I" in "…that I guess we…" is not a sentence start.
  const capital = options.capital || (UPPER.test(text[start] ?? '') && startsSentence(text, start))
  if (capital && options.nextDeleted === to) return { start, end: to, rewrite: '', carryCapital: true }
  const following = text[to] ?? ''
  if (capital && LOWER.test(following)) {
    return { start, end: to + 1, rewrite: following.toUpperCase(), carryCapital: false }
  }
  return { start, end: to, rewrite: '', carryCapital: false }
}

function startsSentence(text: string, at: number): boolean {
  const before = backOverBlanks(text, at, 0)
  return before === 0 || /[.!?…\n]/.test(text[before - 1] ?? '')
}

function backOverBlanks(text: string, from: number, floor: number): number {
  let at = from
  while (at > floor && isBlank(text[at - 1])) at--
  return at
}

function backOverWord(text: string, from: number, floor: number): number {
  let at = from
  while (at > floor && /\p{L}/u.test(text[at - 1] ?? '')) at--
  return at
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0'
}

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) }
}

const quoteFr = (s: string) => `« ${s} »`
const quoteEn = (s: string) => `“${s}”`

export const messages = {
  filler: (x: string) => ({
    fr: `${quoteFr(x)} n'apporte rien à votre propos : vous pouvez le retirer, une courte pause fait le même effet.`,
    en: `${quoteEn(x)} adds nothing to your point: you can drop it — a short pause works just as well.`,
  }),
  hedge: (x: string) => ({
    fr: `${quoteFr(x)} atténue ce que vous affirmez. Dites-le plus directement : vous parlez de ce que vous connaissez.`,
    en: `${quoteEn(x)} softens what you are saying. Say it more directly: you are talking about what you know.`,
  }),
  conditional: (x: string) => ({
    fr: `${quoteFr(x)} met votre capacité au conditionnel. Parlez de ce que vous savez faire au présent, ou d'un exemple au passé.`,
    en: `${quoteEn(x)} puts your ability in the conditional. Say what you can do in the present, or give a past example.`,
  }),
  hedgedClaim: (x: string, rewrite: string) => ({
    fr: `Vous le savez : affirmez-le. Plutôt que ${quoteFr(x)}, dites simplement ${quoteFr(rewrite)}.`,
    en: `You know it, so say it: rather than ${quoteEn(x)}, simply say ${quoteEn(rewrite)}.`,
  }),
  selfDeprecation: () => ({
    fr: 'Ici, vous minimisez votre rôle. Décrivez plutôt ce que vous avez apporté, sans vous excuser.',
    en: 'Here you play down your own part. Describe what you brought instead, without apologising.',
  }),
  ownership: () => ({
    fr: 'Le recruteur veut savoir ce que vous, vous avez fait : dites « j’ai… » pour vos propres actions, et gardez « nous » pour le travail d’équipe.',
    en: 'The interviewer wants to know what you did yourself: say “I…” for your own actions and keep “we” for the team’s work.',
  }),
  addResult: () => ({
    fr: 'Terminez par le résultat, avec un chiffre si possible : temps gagné, pourcentage, nombre de clients…',
    en: 'End with the result, with a number if you can: time saved, a percentage, how many customers…',
  }),
  addMetric: () => ({
    fr: 'Chiffrez ce résultat : un nombre, un pourcentage ou une durée le rend concret et mémorable.',
    en: 'Put a number on this result: a count, a percentage or a duration makes it concrete and memorable.',
  }),
  starSituation: () => ({
    fr: 'Posez d’abord le contexte en une phrase : où, quand, dans quelle équipe.',
    en: 'Start by setting the scene in one sentence: where, when, which team.',
  }),
  starTask: () => ({
    fr: 'Précisez votre objectif ou votre responsabilité : « je devais… », « mon objectif était… ».',
    en: 'Say what your goal or responsibility was: “I had to…”, “my goal was…”.',
  }),
  starAction: () => ({
    fr: 'Décrivez ce que vous avez fait concrètement, à la première personne : « j’ai mis en place… ».',
    en: 'Describe the concrete steps you took, in the first person: “I set up…”.',
  }),
} satisfies Record<string, (...args: string[]) => { fr: string; en: string }>

type Message = { fr: string; en: string }

// A long answer says "euh" or "I think" hundreds of times: each message is written once per quote,
// kept per kind so that a lookup builds no key.
const written = {
  filler: new Map<string, Message>(),
  hedge: new Map<string, Message>(),
  conditional: new Map<string, Message>(),
}
const WRITTEN_LIMIT = 2_000

/**
 * `messages[kind](quote)`. The same quote gets the same frozen object: a run of 4,900 "euh" then
 * allocates one message, not 4,900 copies (the worst case of issue 13's analyzer bench).
 */
export function messageFor(kind: 'filler' | 'hedge' | 'conditional', quote: string): Message {
  const cache = written[kind]
  let message = cache.get(quote)
  if (message === undefined) {
    message = Object.freeze(messages[kind](quote))
    if (cache.size >= WRITTEN_LIMIT) cache.clear()
    cache.set(quote, message)
  }
  return message
}

export type StarSuggestionInput = {
  star: Record<StarPart, boolean>
  evidence: Record<StarPart, Span[]>
  hasMetrics: boolean
  firstSentence: Span | null
  lastSentence: Span | null
}

/** What is missing from a story (an answer with a situation or an action). */
export function starSuggestions(input: StarSuggestionInput): Suggestion[] {
  const { star, evidence, firstSentence, lastSentence } = input
  if (!(star.situation || star.action) || !firstSentence || !lastSentence) return []
  const out: Suggestion[] = []
  if (!star.situation)
    out.push({ span: firstSentence, kind: 'star-situation', message: messages.starSituation() })
  if (!star.task) {
    const span = evidence.action[0] ?? firstSentence
    out.push({ span, kind: 'star-task', message: messages.starTask() })
  }
  if (!star.action) {
    const span = evidence.task[0] ?? evidence.situation[0] ?? firstSentence
    out.push({ span, kind: 'star-action', message: messages.starAction() })
  }
  if (!star.result) out.push({ span: lastSentence, kind: 'add-result', message: messages.addResult() })
  else if (!input.hasMetrics) {
    const span = evidence.result[0] ?? lastSentence
    out.push({ span, kind: 'add-metric', message: messages.addMetric() })
  }
  return out
}
