import type { MAX_ANSWER_LENGTH as ANSWER_LIMIT } from '../answer-limits'
import { assessAssertiveness } from './assertiveness'
import { detectLanguage } from './language'
import { en } from './lexicon/en'
import { fr } from './lexicon/fr'
import type { Lang } from './lexicon/types'
import {
  type Candidate,
  type CompiledLexicon,
  claimStartsAt,
  compileLexicon,
  findCandidates,
  type Group,
  isClassWord,
  type MatchInput,
  opensLine,
  resolveOverlaps,
} from './matcher'
import { deletionEdit, messageFor, messages, spanOf, starSuggestions } from './suggestions'
import { countWords, type Token, tokenize, wordRuns } from './tokenize'
import type { AnalyzeOptions, AnswerAnalysis, OwnershipVerdict, Span, Suggestion } from './types'

/**
 * Longest answer analysed; anything beyond is ignored (the API rejects longer answers anyway). The
 * same value as ../answer-limits, which the type enforces; imported as a type only, so that pages
 * needing the limit alone do not load the analyzer's chunk.
 */
export const MAX_ANSWER_LENGTH: typeof ANSWER_LIMIT = 20_000

/** Normal interview pace: between the 130 and 150 words per minute of conversational speech. */
export const WORDS_PER_MINUTE = 140

// Lexicons are compiled once, when the module loads.
const COMPILED: Record<Lang, CompiledLexicon> = { fr: compileLexicon(fr), en: compileLexicon(en) }

const STORY_GROUPS: ReadonlySet<Group> = new Set(['situation', 'task', 'action', 'result'])

/** Finds verbal tics, hedges, self-deprecation, STAR structure, figures and ownership in an answer. */
export function analyzeAnswer(answer: string, options: AnalyzeOptions = {}): AnswerAnalysis {
  const full = typeof answer === 'string' ? answer : ''
  const text = truncate(full, MAX_ANSWER_LENGTH)
  const runs = wordRuns(text)
  const tokens = tokenize(text, runs)
  const wordCount = countWords(text, runs)
  const lang: Lang =
    options.lang === 'fr' || options.lang === 'en' ? options.lang : detectLanguage(tokens, text)
  const spoken = typeof options.transcript === 'boolean' ? options.transcript : looksSpoken(tokens, wordCount)
  const input: MatchInput = { text, tokens, compiled: COMPILED[lang], spoken }

  const raw = findCandidates(input)
  const hypothetical = hypotheticalScope(raw, input)
  const dates = dateMask(raw, tokens.length)
  const byGroup = new Map<Group, Candidate[]>()
  for (const c of raw) {
    // Inside a real hypothesis, a conditional is not a hedge and a plan is not a story. In the
    // sentences that carry it on, "I'd say" still hedges an opinion, and a place or a time named
    // there is where a past story happened ("je pourrais m'appuyer sur ce que j'ai fait chez Axa").
    const scope = hypothetical[c.from] ?? 0
    const { group, entry } = c.entry
    const carried = scope === CARRIED
    if (
      scope > 0 &&
      ((STORY_GROUPS.has(group) && !(carried && group === 'situation')) ||
        (entry.conditional && !(carried && entry.saying)))
    ) {
      continue
    }
    // "deux mille vingt-deux", "twenty nineteen": a year said aloud is a date, not a quantity.
    if (group === 'metric' && dates[c.from] === 1) continue
    const list = byGroup.get(c.entry.group)
    if (list) list.push(c)
    else byGroup.set(c.entry.group, [c])
  }
  // STAR evidence quotes whole words, and a label what it introduces.
  const labelStarts = new Set<number>()
  for (const g of STORY_GROUPS)
    for (const c of byGroup.get(g) ?? []) if (c.entry.entry.label) labelStarts.add(c.from)
  for (const g of STORY_GROUPS) {
    const list = byGroup.get(g)
    if (list) byGroup.set(g, evidenceOf(list, input, labelStarts))
  }
  // A loop, not flatMap: thousands of candidates of one group (a run of "euh") cost flatMap a lot.
  const resolved = (...groups: Group[]) => {
    const merged: Candidate[] = []
    for (const g of groups) for (const c of byGroup.get(g) ?? []) merged.push(c)
    return resolveOverlaps(merged, tokens)
  }

  // Fillers and hedges compete for the same words: the longer match wins ("I feel like" over "like").
  const disfluencies = resolved('filler', 'hedge')
  const fillerMatches = disfluencies.filter((c) => c.entry.group === 'filler')
  const hedgeMatches = disfluencies.filter((c) => c.entry.group === 'hedge')
  const toSpan = (c: Candidate): Span => spanOf(text, tokens[c.from]?.start ?? 0, tokens[c.to - 1]?.end ?? 0)

  const fillers = fillerMatches.map(toSpan)
  const hedges = hedgeMatches.map(toSpan)
  const selfDeprecation = resolved('selfDeprecation').map(toSpan)
  const metrics = resolved('metric').map(toSpan)
  const starEvidence = {
    situation: resolved('situation').map(toSpan),
    task: resolved('task').map(toSpan),
    action: resolved('action').map(toSpan),
    result: resolved('result').map(toSpan),
  }
  const star = {
    situation: starEvidence.situation.length > 0,
    task: starEvidence.task.length > 0,
    action: starEvidence.action.length > 0,
    result: starEvidence.result.length > 0,
  }

  const singularMatches = resolved('singular')
  const pluralMatches = resolved('plural')
  const ownership = {
    singular: singularMatches.length,
    plural: pluralMatches.length,
    verdict: ownershipVerdict(singularMatches.length, pluralMatches.length),
  }

  const assertiveness = assessAssertiveness(
    hedges.length,
    fillers.length,
    wordCount,
    selfDeprecation.length > 0,
  )

  const suggestions: Suggestion[] = []
  // Deleting a tic, or a hedge that can go without breaking the sentence: edits never overlap.
  const deletions = disfluencies.map((c) => {
    const removable = c.entry.group === 'filler' ? {} : c.entry.entry.removable
    const to = removable ? extendOver(c.to, removable.alsoDrop ?? [], input) : c.to
    return {
      candidate: c,
      removable: removable !== undefined,
      start: tokens[c.from]?.start ?? 0,
      end: tokens[to - 1]?.end ?? 0,
      to,
    }
  })
  const nextRemovable: (number | null)[] = new Array(deletions.length).fill(null)
  for (let i = deletions.length - 2; i >= 0; i--) {
    const n = deletions[i + 1]
    nextRemovable[i] = n?.removable ? n.start : (nextRemovable[i + 1] ?? null)
  }
  // "I think I kind of…": the claim itself is hedged again, so there is no plain claim to state.
  const hedgeStarts = new Uint8Array(tokens.length + 1)
  for (const c of disfluencies) hedgeStarts[c.from] = 1
  let floor = 0
  let capital = false
  deletions.forEach((d, i) => {
    const c = d.candidate
    if (!d.removable) {
      const span = toSpan(c)
      const message = messageFor(c.entry.entry.conditional ? 'conditional' : 'hedge', span.text)
      suggestions.push({ span, kind: 'hedge', message })
      return
    }
    const spanEnd = tokens[c.to - 1]?.end ?? 0
    const edit = deletionEdit(text, d, { floor, capital, nextDeleted: nextRemovable[i] ?? null })
    floor = edit.end
    capital = edit.carryCapital
    const editSpan = spanOf(text, edit.start, edit.end)
    const rewrite = edit.rewrite
    if (c.entry.group === 'filler') {
      const message = messageFor('filler', text.slice(d.start, spanEnd))
      suggestions.push({ span: editSpan, kind: 'filler', message, rewrite })
    } else if (claimStartsAt(input, d.to) && hedgeStarts[d.to + 1] !== 1) {
      const claim = claimText(text, tokens, d.to, edit)
      const original = `${text.slice(d.start, tokens[d.to]?.start ?? spanEnd)}${claim.original}`
      suggestions.push({
        span: editSpan,
        kind: 'hedged-claim',
        message: messages.hedgedClaim(original, claim.rewritten),
        rewrite,
      })
    } else {
      const message = messageFor('hedge', text.slice(d.start, spanEnd))
      suggestions.push({ span: editSpan, kind: 'hedge', message, rewrite })
    }
  })
  for (const span of selfDeprecation) {
    suggestions.push({ span, kind: 'self-deprecation', message: messages.selfDeprecation() })
  }
  const firstPlural = pluralMatches[0]
  if (firstPlural && (ownership.verdict === 'we' || ownership.verdict === 'mixed')) {
    suggestions.push({ span: toSpan(firstPlural), kind: 'ownership', message: messages.ownership() })
  }
  suggestions.push(
    ...starSuggestions({
      star,
      evidence: starEvidence,
      hasMetrics: metrics.length > 0,
      firstSentence: sentenceSpan(text, tokens, 'first'),
      lastSentence: sentenceSpan(text, tokens, 'last'),
    }),
  )
  suggestions.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)

  return {
    lang,
    wordCount,
    estimatedSeconds: Math.round((wordCount * 60) / WORDS_PER_MINUTE),
    fillers,
    hedges,
    selfDeprecation,
    star,
    starEvidence,
    metrics,
    ownership,
    assertiveness: { score: assertiveness.score, level: assertiveness.level },
    suggestions,
  }
}

/** Fewer punctuation marks than this per 100 words: the answer reads as a speech transcript. */
const SPOKEN_PUNCTUATION_PER_100_WORDS = 2.5
/** Shorter answers are too short to tell. */
const SPOKEN_MIN_WORDS = 12
const PUNCTUATION = /[.,;:!?…]/g

/**
 * Whether an answer reads like the output of speech recognition: long enough, and with almost no
 * punctuation ("euh alors dans mon ancien poste j'étais…"). Typed answers punctuate their clauses.
 */
export function looksSpoken(tokens: readonly Token[], wordCount: number): boolean {
  if (wordCount < SPOKEN_MIN_WORDS) return false
  let marks = 0
  for (const token of tokens) {
    if (token.before !== '') marks += token.before.match(PUNCTUATION)?.length ?? 0
  }
  const tail = tokens[tokens.length - 1]?.after ?? ''
  marks += tail.match(PUNCTUATION)?.length ?? 0
  return (marks * 100) / wordCount < SPOKEN_PUNCTUATION_PER_100_WORDS
}

/** Tokens inside a spelled-out year (1), where number words are not quantities. */
function dateMask(candidates: readonly Candidate[], length: number): Uint8Array {
  const mask = new Uint8Array(length)
  for (const c of candidates) if (c.entry.group === 'date') mask.fill(1, c.from, c.to)
  return mask
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  // Never cut a surrogate pair in two.
  const code = text.charCodeAt(max - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)
}

export function ownershipVerdict(singular: number, plural: number): OwnershipVerdict {
  const total = singular + plural
  if (total === 0) return 'none'
  if (singular / total >= 0.7) return 'i'
  if (plural / total >= 0.7) return 'we'
  return 'mixed'
}

/** Scope of a token carried on from a hypothesis in an earlier sentence (its own sentence is 1). */
const CARRIED = 2

/**
 * Tokens inside a real hypothesis (1), or in the sentences that carry it on (CARRIED). A marker ("si
 * j'étais", "if you hired me", "should we win") covers:
 * - its own clause from the start, then the rest of the sentence: "Si j'étais recruté, je mettrais…",
 *   "je mettrais en place un suivi si vous me confiez l'équipe"; but a coordinated hypothesis starts
 *   its own clause, even without a comma: "Je pourrais gérer l'équipe, et si on me donnait des moyens,
 *   je recruterais", "I would say I'm organized and if needed I could work weekends";
 * - when the hypothesis closes the sentence after a comma, without a conditional of its own, the
 *   clauses right before it that use the conditional: "I would start with an audit, if you hired me";
 * - the sentences right after that keep using the conditional ("… Ensuite, je pourrais proposer…"),
 *   up to their last clause holding one: a story told after it is not part of the plan ("Je pourrais
 *   m'appuyer sur mon expérience : j'y ai mis en place des revues, et le taux a doublé.").
 * Concessions ("même si", "even if") are not markers: the lexicons leave them out.
 */
function hypotheticalScope(candidates: readonly Candidate[], input: MatchInput): Uint8Array {
  const { tokens } = input
  const scope = new Uint8Array(tokens.length)
  const hasConditional = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (isClassWord(input, 'conditional', k)) return true
    return false
  }
  let covered = -1
  // Where each sentence starts and ends, found once: a transcript is often one long sentence, and
  // walking it for every hypothesis would be quadratic.
  let bounds: { first: Int32Array; end: Int32Array } | null = null
  for (const c of candidates) {
    if (c.entry.group !== 'hypothesis' || c.from < covered) continue
    bounds ??= sentenceBounds(tokens)
    const first = bounds.first[c.from] ?? c.from
    let end = Math.max(c.to, bounds.end[c.from] ?? c.to)
    // The clause holding the marker starts after the last punctuation before it, or at the
    // conjunction right before it ("… and if needed I could…").
    const coordinated =
      c.from > first && tokens[c.from]?.gap !== 'boundary' && isClassWord(input, 'coordinator', c.from - 1)
    let from = coordinated ? c.from - 1 : c.from
    if (input.spoken) {
      // Unpunctuated speech: the clauses are told apart by their subjects. The hypothesis covers the
      // clauses right before it that use the conditional ("je commencerais par un audit si vous me
      // recrutez"), and those after it up to the first one that does not ("… je pourrais proposer un
      // outil je pense que c'est urgent", "… si j'étais à votre place j'ai passé dix ans en magasin").
      from = spokenClauseBefore(input, from, first, hasConditional)
      end = spokenHypothesisEnd(input, c.to, end, hasConditional)
      scope.fill(1, from, end)
      covered = end
      continue
    }
    if (!coordinated) while (from > first && tokens[from]?.gap !== 'boundary') from--
    let closesSentence = true
    for (let k = c.to; k < end && closesSentence; k++) closesSentence = tokens[k]?.gap !== 'boundary'
    if (closesSentence && !coordinated && !hasConditional(c.to, end)) {
      // "…, if you hired me." applies to the conditional clauses right before it.
      while (from > first) {
        let start = from - 1
        while (start > first && tokens[start]?.gap !== 'boundary') start--
        if (!hasConditional(start, from)) break
        from = start
      }
    }
    scope.fill(1, from, end)
    // The hypothesis goes on in the next sentences while they keep using the conditional, up to the
    // end of the last clause that does.
    while (end < tokens.length) {
      const next = tokens[end]?.sentence
      let stop = end
      let lastConditional = -1
      for (; tokens[stop]?.sentence === next; stop++) {
        if (isClassWord(input, 'conditional', stop)) lastConditional = stop
      }
      if (lastConditional < 0) break
      let clauseEnd = lastConditional + 1
      while (clauseEnd < stop && tokens[clauseEnd]?.gap !== 'boundary') clauseEnd++
      scope.fill(CARRIED, end, clauseEnd)
      end = clauseEnd
      if (clauseEnd < stop) break
    }
    covered = end
  }
  return scope
}

/** For each token, the index of its sentence's first token and the index after its last one. */
function sentenceBounds(tokens: readonly Token[]): { first: Int32Array; end: Int32Array } {
  const first = new Int32Array(tokens.length)
  const end = new Int32Array(tokens.length)
  let start = 0
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || (i > 0 && tokens[i]?.sentence !== tokens[i - 1]?.sentence)) {
      first.fill(start, start, i)
      end.fill(i, start, i)
      start = i
    }
  }
  return { first, end }
}

/** The next token at or after `from`, before `end`, that opens a clause with a subject pronoun. */
function nextSubject(input: MatchInput, from: number, end: number): number {
  for (let k = from; k < end; k++) if (isClassWord(input, 'subject', k)) return k
  return end
}

/** Start of the spoken clauses right before `from` that use the conditional. */
function spokenClauseBefore(
  input: MatchInput,
  from: number,
  first: number,
  hasConditional: (from: number, to: number) => boolean,
): number {
  let start = from
  for (;;) {
    let previous = start - 1
    while (previous >= first && !isClassWord(input, 'subject', previous)) previous--
    if (previous < first || !hasConditional(previous, start)) return start
    start = previous
  }
}

/** End of a spoken hypothesis: the first clause after it (from its subject on) without a conditional. */
function spokenHypothesisEnd(
  input: MatchInput,
  from: number,
  end: number,
  hasConditional: (from: number, to: number) => boolean,
): number {
  let clause = nextSubject(input, from, end)
  while (clause < end) {
    const next = nextSubject(input, clause + 1, end)
    if (!hasConditional(clause, next)) return clause
    clause = next
  }
  return end
}

/** Longest quote of what a label introduces, in tokens. */
const LABEL_QUOTE_TOKENS = 24

const LABEL_PUNCT = [':', '–', '—']
// Only after a label that opens its clause: "Résultat, les impayés ont fondu", and "Le résultat ? Une
// charte signée en juin." (the answer follows the question); not "j'ai rempli ma mission, puis…".
const OPENING_LABEL_PUNCT = [',', '?']

/**
 * The STAR evidence a candidate stands for. A label ("Tâche :", "Résultat,") is replaced by what it
 * introduces, to the end of its sentence or line (or the next label); without punctuation after it,
 * by itself and the rest of its clause; with nothing after it, by nothing. Every quote is then
 * widened to whole words: "j'ai sous-traité", never "j'ai sous"; "m'a enfin", never "a enfin".
 */
function evidenceOf(
  list: readonly Candidate[],
  input: MatchInput,
  labelStarts: ReadonlySet<number>,
): Candidate[] {
  const { tokens } = input
  const out: Candidate[] = []
  for (const c of list) {
    let { from, to } = c
    if (c.entry.entry.label) {
      const last = tokens[to - 1]
      const opens = tokens[from]?.gap === 'boundary'
      const introduces =
        last !== undefined &&
        (LABEL_PUNCT.some((p) => last.after.startsWith(p)) ||
          (opens && OPENING_LABEL_PUNCT.some((p) => last.after.startsWith(p))))
      if (introduces) from = to
      const sentence = tokens[from]?.sentence
      const limit = Math.min(tokens.length, from + LABEL_QUOTE_TOKENS)
      let end = to
      for (; end < limit; end++) {
        const token = tokens[end]
        if (!token || token.sentence !== sentence || labelStarts.has(end)) break
        if (end > from && (opensLine(input, end) || (!introduces && token.gap === 'boundary'))) break
      }
      if (end === to) continue
      to = end
    }
    while (from > 0 && joinedToPrevious(tokens, from)) from--
    while (to < tokens.length && joinedToPrevious(tokens, to)) to++
    out.push(from === c.from && to === c.to ? c : { entry: c.entry, from, to })
  }
  return out
}

/** Token `index` is part of the same written word as the one before it (a hyphen or an elision). */
function joinedToPrevious(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  const prev = tokens[index - 1]
  return token !== undefined && prev !== undefined && (token.gap === 'hyphen' || token.start === prev.end)
}

/** Token index after the match and any of the given words that directly follow it. */
function extendOver(to: number, words: readonly string[], input: MatchInput): number {
  const next = input.tokens[to]
  if (next && next.gap === 'soft' && words.includes(next.key)) return to + 1
  return to
}

/** The claim's first word as written, and as it reads once the hedge is gone. */
function claimText(
  text: string,
  tokens: readonly Token[],
  index: number,
  edit: { end: number; rewrite: string },
): { original: string; rewritten: string } {
  const first = tokens[index]
  const second = tokens[index + 1]
  const end = second && second.gap !== 'boundary' ? second.end : (first?.end ?? edit.end)
  const original = text.slice(first?.start ?? edit.end, end)
  const rewritten = edit.rewrite + text.slice(edit.end, end)
  return { original, rewritten }
}

function sentenceSpan(text: string, tokens: readonly Token[], which: 'first' | 'last'): Span | null {
  const edge = which === 'first' ? tokens[0] : tokens[tokens.length - 1]
  if (!edge) return null
  const sentence = edge.sentence
  let from = which === 'first' ? 0 : tokens.length - 1
  let to = from
  if (which === 'first') while (tokens[to + 1]?.sentence === sentence) to++
  else while (tokens[from - 1]?.sentence === sentence) from--
  return spanOf(text, tokens[from]?.start ?? 0, tokens[to]?.end ?? 0)
}
