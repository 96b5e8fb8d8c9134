// The generic matcher: compiles a lexicon (lexicon/types.ts) into a token trie once, at module load,
// then finds every entry in a token stream, checking each entry's context rules.

import type { Context, Entry, Lexicon, WordClass } from './lexicon/types'
import {
  claimFactSlot,
  claimListSlot,
  elisionOf,
  normalizeWord,
  segmenterWordRuns,
  type Token,
  tokenize,
} from './tokenize'

export type Group =
  | 'filler'
  | 'hedge'
  | 'selfDeprecation'
  | 'situation'
  | 'task'
  | 'action'
  | 'result'
  | 'metric'
  | 'hypothesis'
  | 'date'
  | 'singular'
  | 'plural'

type Step = { hyphen: boolean; word: string | null; cls: string | null }
type Sequence = readonly Step[]

/**
 * Context phrases indexed by the word of the step next to the match (the last step of a phrase before
 * it, the first of one after it): a context can list thousands of phrases ("sais pas trop quoi"…),
 * and only those whose neighbouring word is the token's need checking.
 */
type SequenceIndex = { byWord: ReadonlyMap<string, readonly Sequence[]>; other: readonly Sequence[] }

type CompiledContext = {
  before: SequenceIndex | null
  beforeOpensClause: boolean
  after: SequenceIndex | null
  afterPause: SequenceIndex | null
  beforePause: SequenceIndex | null
  clauseStart: boolean
  lineStart: boolean
  clauseEnd: boolean
  punctBefore: readonly string[] | null
  punctAfter: readonly string[] | null
  sentenceEnd: readonly string[] | null
  spoken: boolean
}

export type CompiledEntry = {
  group: Group
  entry: Entry
  only: readonly CompiledContext[] | null
  unless: readonly CompiledContext[] | null
}

type ClassEdge = { cls: string; test: ClassTest; hyphen: boolean; node: TrieNode }

type TrieNode = {
  soft: Map<string, TrieNode> | null
  hyphen: Map<string, TrieNode> | null
  classes: ClassEdge[] | null
  accepts: CompiledEntry[] | null
}

type ClassTest = (token: Token) => boolean

export type CompiledLexicon = {
  lexicon: Lexicon
  root: TrieNode
  /** Where each token's list of the nodes it leads to from the root is memoised, if anywhere. */
  startSlot: number | null
  classes: ReadonlyMap<string, ClassTest>
  claimStarts: readonly Sequence[]
}

/** A raw match: tokens [from, to) matched `entry`. */
export type Candidate = { entry: CompiledEntry; from: number; to: number }

const newNode = (): TrieNode => ({ soft: null, hyphen: null, classes: null, accepts: null })

const MEMBER = 1
const NOT_MEMBER = 2

function compileClass(spec: WordClass): ClassTest {
  const words = new Set((spec.words ?? []).map(normalizeWord))
  const except = new Set((spec.except ?? []).map(normalizeWord))
  const pattern = spec.pattern ?? null
  const capitalized = spec.capitalized === true
  // Patterns see the lower-cased word with its accents: "organisé" is a participle, "organise" is not.
  const member = (token: Token) =>
    !except.has(token.key) && (words.has(token.key) || pattern?.test(token.word) === true)
  // Answers repeat words, so each word's membership is computed once: in the slot of the tokens'
  // memo (shared by every token of one spelling) while there are slots left, else in a map.
  const slot = claimFactSlot()
  if (slot !== null) {
    return (token) => {
      if (capitalized && !token.cap) return false
      const known = token.memo.facts[slot]
      if (known !== 0) return known === MEMBER
      const yes = member(token)
      token.memo.facts[slot] = yes ? MEMBER : NOT_MEMBER
      return yes
    }
  }
  const memo = new Map<string, boolean>()
  return (token) => {
    if (capitalized && !token.cap) return false
    let yes = memo.get(token.word)
    if (yes === undefined) {
      yes = member(token)
      if (memo.size >= MEMO_LIMIT) memo.clear()
      memo.set(token.word, yes)
    }
    return yes
  }
}

const MEMO_LIMIT = 20_000

const CLASS_SLOT = /^\{([\w-]+)\}$/

/** Expands one phrase into the token sequences it stands for. */
export function parsePhrase(phrase: string): Sequence[] {
  let sequences: Step[][] = [[]]
  for (const slot of phrase.trim().split(/\s+/)) {
    const optional = slot.endsWith('?') && slot.length > 1
    const body = optional ? slot.slice(0, -1) : slot
    const options: (readonly Step[])[] = body.split('|').map(parseAlternative)
    if (optional) options.push([])
    const next: Step[][] = []
    for (const seq of sequences) for (const option of options) next.push([...seq, ...option])
    sequences = next
  }
  return sequences.filter((seq) => seq.length > 0)
}

// Lexicons spell the same words in thousands of phrases: each alternative is read once.
const alternatives = new Map<string, readonly Step[]>()

function parseAlternative(alt: string): readonly Step[] {
  let steps = alternatives.get(alt)
  if (steps === undefined) {
    steps = readAlternative(alt)
    alternatives.set(alt, steps)
  }
  return steps
}

// Phrases are cut into words by the reference segmenter: answers alone feed the fast path, which
// the engine then optimises for the kinds of strings answers come in.
function readAlternative(alt: string): readonly Step[] {
  const leadingHyphen = alt.startsWith('-') && alt.length > 1
  const cls = CLASS_SLOT.exec(leadingHyphen ? alt.slice(1) : alt)
  if (cls?.[1]) return [{ hyphen: leadingHyphen, word: null, cls: cls[1] }]
  if (alt.includes('{')) throw new Error(`Word class names are ASCII letters, digits and "-": "${alt}"`)
  const word = (leadingHyphen ? alt.slice(1) : alt).replace(/_/g, ' ')
  const elided = elisionOf(word)
  if (elided?.[0]) return [{ hyphen: leadingHyphen, word: elided[0], cls: null }]
  const tokens = tokenize(word, segmenterWordRuns(word))
  return tokens.map((t, i) => ({
    hyphen: i === 0 ? leadingHyphen : t.gap === 'hyphen',
    word: t.key,
    cls: null,
  }))
}

function indexSequences(
  phrases: readonly string[] | undefined,
  edge: 'first' | 'last',
): SequenceIndex | null {
  if (!phrases) return null
  const byWord = new Map<string, Sequence[]>()
  const other: Sequence[] = []
  for (const seq of phrases.flatMap(parsePhrase)) {
    const step = edge === 'first' ? seq[0] : seq[seq.length - 1]
    if (!step || step.word === null) {
      other.push(seq)
      continue
    }
    const list = byWord.get(step.word)
    if (list) list.push(seq)
    else byWord.set(step.word, [seq])
  }
  return { byWord, other }
}

/** The indexed phrases that may match next to `token`: those whose edge word is one of its keys. */
function sequencesNear(
  index: SequenceIndex,
  token: Token | undefined,
  visit: (seq: Sequence) => boolean,
): boolean {
  if (token) {
    const own = index.byWord.get(token.key)
    if (own?.some(visit)) return true
    if (token.alt.length > 1) {
      for (const alt of token.alt) {
        if (alt === token.key) continue
        if (index.byWord.get(alt)?.some(visit)) return true
      }
    }
  }
  return index.other.some(visit)
}

function compileContext(context: Context): CompiledContext {
  return {
    before: indexSequences(context.before, 'last'),
    beforeOpensClause: context.beforeOpensClause === true,
    after: indexSequences(context.after, 'first'),
    afterPause: indexSequences(context.afterPause, 'first'),
    beforePause: indexSequences(context.beforePause, 'last'),
    clauseStart: context.clauseStart === true,
    lineStart: context.lineStart === true,
    clauseEnd: context.clauseEnd === true,
    punctBefore: context.punctBefore ?? null,
    punctAfter: context.punctAfter ?? null,
    sentenceEnd: context.sentenceEnd ?? null,
    spoken: context.spoken === true,
  }
}

function insert(
  root: TrieNode,
  seq: Sequence,
  compiled: CompiledEntry,
  classes: ReadonlyMap<string, ClassTest>,
): void {
  let node = root
  for (const step of seq) {
    if (step.cls !== null) {
      node.classes ??= []
      let edge = node.classes.find((e) => e.cls === step.cls && e.hyphen === step.hyphen)
      if (!edge) {
        const test = classes.get(step.cls)
        if (!test) throw new Error(`Unknown word class {${step.cls}} in "${compiled.entry.phrase}"`)
        edge = { cls: step.cls, test, hyphen: step.hyphen, node: newNode() }
        node.classes.push(edge)
      }
      node = edge.node
      continue
    }
    const word = step.word ?? ''
    if (step.hyphen) node.hyphen ??= new Map()
    else node.soft ??= new Map()
    const map = (step.hyphen ? node.hyphen : node.soft) ?? new Map<string, TrieNode>()
    let child = map.get(word)
    if (!child) {
      child = newNode()
      map.set(word, child)
    }
    node = child
  }
  node.accepts ??= []
  node.accepts.push(compiled)
}

const GROUPS: readonly [Group, keyof Lexicon][] = [
  ['filler', 'fillers'],
  ['hedge', 'hedges'],
  ['selfDeprecation', 'selfDeprecation'],
  ['situation', 'situation'],
  ['task', 'task'],
  ['action', 'action'],
  ['result', 'result'],
  ['metric', 'metrics'],
  ['hypothesis', 'hypothesis'],
  ['date', 'dates'],
  ['singular', 'singular'],
  ['plural', 'plural'],
]

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const root = newNode()
  const classes = new Map<string, ClassTest>()
  for (const [name, spec] of Object.entries(lexicon.classes)) classes.set(name, compileClass(spec))
  for (const [group, field] of GROUPS) {
    for (const entry of lexicon[field] as readonly Entry[]) {
      const compiled: CompiledEntry = {
        group,
        entry,
        only: entry.only ? entry.only.map(compileContext) : null,
        unless: entry.unless ? entry.unless.map(compileContext) : null,
      }
      for (const seq of parsePhrase(entry.phrase)) insert(root, seq, compiled, classes)
    }
  }
  return {
    lexicon,
    root,
    startSlot: claimListSlot(),
    classes,
    claimStarts: lexicon.claimStarts.flatMap(parsePhrase),
  }
}

// ---------------------------------------------------------------------------------------------------

export type MatchInput = {
  text: string
  tokens: readonly Token[]
  compiled: CompiledLexicon
  /** A spoken transcript: contexts marked `spoken` apply too. */
  spoken?: boolean
}

function stepMatches(step: Step, token: Token, input: MatchInput): boolean {
  if (step.cls !== null) return input.compiled.classes.get(step.cls)?.(token) === true
  return token.key === step.word || (token.alt.length > 1 && token.alt.includes(step.word ?? ''))
}

/** Does `seq` match the tokens starting at `at`? The first step's joint is checked by the caller. */
function sequenceAt(seq: Sequence, at: number, input: MatchInput): boolean {
  const { tokens } = input
  for (let k = 0; k < seq.length; k++) {
    const token = tokens[at + k]
    const step = seq[k]
    if (!token || !step) return false
    if (k > 0 && !joinOk(step, token)) return false
    if (!stepMatches(step, token, input)) return false
  }
  return true
}

function joinOk(step: Step, token: Token): boolean {
  return step.hyphen ? token.gap === 'hyphen' : token.gap !== 'boundary'
}

export function isClassWord(input: MatchInput, cls: string, index: number): boolean {
  const token = input.tokens[index]
  return token !== undefined && input.compiled.classes.get(cls)?.(token) === true
}

function contextHolds(ctx: CompiledContext, from: number, to: number, input: MatchInput): boolean {
  const { tokens } = input
  const first = tokens[from]
  const last = tokens[to - 1]
  if (!first || !last) return false
  if (ctx.spoken && input.spoken !== true) return false
  if (ctx.clauseStart && first.gap !== 'boundary') return false
  if (ctx.lineStart && from > 0 && !opensLine(input, from)) return false
  if (ctx.clauseEnd && to < tokens.length && tokens[to]?.gap !== 'boundary') return false
  if (ctx.punctBefore && !ctx.punctBefore.some((p) => first.before.endsWith(p))) return false
  if (ctx.punctAfter && !ctx.punctAfter.some((p) => last.after.startsWith(p))) return false
  if (ctx.sentenceEnd) {
    let end = to - 1
    while (tokens[end + 1]?.sentence === last.sentence) end++
    const closing = tokens[end]?.after ?? ''
    if (!ctx.sentenceEnd.some((p) => closing.includes(p))) return false
  }
  if (ctx.before) {
    if (first.gap === 'boundary') return false
    const ok = sequencesNear(ctx.before, tokens[from - 1], (seq) => {
      const at = from - seq.length
      const lastStep = seq[seq.length - 1]
      if (at < 0 || !lastStep) return false
      if (lastStep.hyphen && first.gap !== 'hyphen') return false
      if (ctx.beforeOpensClause && tokens[at]?.gap !== 'boundary') return false
      return sequenceAt(seq, at, input)
    })
    if (!ok) return false
  }
  if (ctx.beforePause) {
    if (first.gap === 'boundary' && first.before !== ',') return false
    const ok = sequencesNear(ctx.beforePause, tokens[from - 1], (seq) => {
      const at = from - seq.length
      return at >= 0 && sequenceAt(seq, at, input)
    })
    if (!ok) return false
  }
  if (ctx.afterPause) {
    const next = tokens[to]
    if (!next || (next.gap === 'boundary' && next.before !== ',')) return false
    if (!sequencesNear(ctx.afterPause, next, (seq) => sequenceAt(seq, to, input))) return false
  }
  if (ctx.after) {
    const next = tokens[to]
    if (!next || next.gap === 'boundary') return false
    const ok = sequencesNear(ctx.after, next, (seq) => {
      const firstStep = seq[0]
      if (!firstStep || !joinOk(firstStep, next)) return false
      return sequenceAt(seq, to, input)
    })
    if (!ok) return false
  }
  return true
}

/** Does token `index` come right after a line break (or open the answer)? */
export function opensLine(input: MatchInput, index: number): boolean {
  const prev = input.tokens[index - 1]
  const token = input.tokens[index]
  if (!prev || !token) return true
  return input.text.slice(prev.end, token.start).includes('\n')
}

/** Are the entry's context rules satisfied by the match [from, to)? */
export function contextOk(entry: CompiledEntry, from: number, to: number, input: MatchInput): boolean {
  if (entry.only && !entry.only.some((ctx) => contextHolds(ctx, from, to, input))) return false
  if (entry.unless?.some((ctx) => contextHolds(ctx, from, to, input))) return false
  return true
}

/**
 * The nodes a phrase starting with `token` leads to from the root, in the order they are walked:
 * its word, its other readings, then its classes. They depend on the spelling alone (the classes
 * of the first word are not asked about joints), so each spelling's list is memoised.
 */
function startsOf(compiled: CompiledLexicon, token: Token): readonly TrieNode[] {
  const slot = compiled.startSlot
  const known = slot === null ? undefined : (token.memo.lists[slot] as readonly TrieNode[] | undefined)
  if (known !== undefined) return known
  const { root } = compiled
  const starts: TrieNode[] = []
  if (root.soft) {
    const child = root.soft.get(token.key)
    if (child) starts.push(child)
    for (let k = 1; k < token.alt.length; k++) {
      const alt = token.alt[k]
      const other = alt === undefined ? undefined : root.soft.get(alt)
      if (other) starts.push(other)
    }
  }
  if (root.classes) for (const edge of root.classes) if (edge.test(token)) starts.push(edge.node)
  if (slot !== null) token.memo.lists[slot] = starts
  return starts
}

/** Every lexicon match in the token stream whose context rules hold. */
export function findCandidates(input: MatchInput): Candidate[] {
  const out: Candidate[] = []
  const { tokens, compiled } = input
  const walk = (node: TrieNode, from: number, at: number): void => {
    if (node.accepts) {
      for (const entry of node.accepts) {
        if (contextOk(entry, from, at, input)) out.push({ entry, from, to: at })
      }
    }
    const token = tokens[at]
    if (!token || token.gap === 'boundary') return
    const map = token.gap === 'soft' ? node.soft : node.hyphen
    if (map) {
      const child = map.get(token.key)
      if (child) walk(child, from, at + 1)
      for (let k = 1; k < token.alt.length; k++) {
        const alt = token.alt[k]
        const other = alt === undefined ? undefined : map.get(alt)
        if (other) walk(other, from, at + 1)
      }
    }
    if (node.classes) {
      for (const edge of node.classes) {
        if (edge.hyphen !== (token.gap === 'hyphen')) continue
        if (edge.test(token)) walk(edge.node, from, at + 1)
      }
    }
  }
  // The root has no accepts (phrases are never empty): each token starts at the nodes it leads to.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (!token) continue
    for (const node of startsOf(compiled, token)) walk(node, i, i + 1)
  }
  return out
}

/** Does a claim about oneself ("je sais", "I know") start at token `index`? */
export function claimStartsAt(input: MatchInput, index: number): boolean {
  const token = input.tokens[index]
  if (!token || token.gap === 'boundary') return false
  return input.compiled.claimStarts.some((seq) => sequenceAt(seq, index, input))
}

/**
 * Keeps non-overlapping candidates, longer ones first (then the earlier one), and returns them in
 * order of appearance.
 */
export function resolveOverlaps(candidates: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  if (candidates.length < 2) return [...candidates]
  // Common case: candidates already in order and disjoint.
  let disjoint = true
  for (let i = 1; i < candidates.length && disjoint; i++) {
    const prev = candidates[i - 1]
    const next = candidates[i]
    disjoint = prev !== undefined && next !== undefined && prev.to <= next.from
  }
  if (disjoint) return [...candidates]
  const width = (c: Candidate) => (tokens[c.to - 1]?.end ?? 0) - (tokens[c.from]?.start ?? 0)
  const sorted = [...candidates].sort((a, b) => width(b) - width(a) || a.from - b.from)
  const used = new Uint8Array(tokens.length)
  const taken: Candidate[] = []
  for (const c of sorted) {
    let free = true
    for (let k = c.from; k < c.to && free; k++) free = used[k] === 0
    if (!free) continue
    used.fill(1, c.from, c.to)
    taken.push(c)
  }
  return taken.sort((a, b) => a.from - b.from)
}
