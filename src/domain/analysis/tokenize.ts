// Word segmentation. Intl.Segmenter is the reference; for text made only of Latin script, digits and
// common punctuation a scanner that reproduces the same Unicode word boundaries (UAX #29) is
// used instead, because building one segment object per word costs ~1 µs and would dominate the
// analysis. `tokenize.test.ts` checks that both agree.

export type GapKind = 'soft' | 'hyphen' | 'boundary'

export type Token = {
  start: number
  end: number
  /** Lower case, typographic apostrophes made straight, accents removed: what lexicons are matched on. */
  key: string
  /** Lower case with straight apostrophes, accents kept: what word-class patterns see. */
  word: string
  /** Starts with a capital letter in the answer. */
  cap: boolean
  /** Other keys an elided particle stands for ("s'" is "se" or "si"); empty for most tokens. */
  alt: readonly string[]
  /** How this token is joined to the previous one: spaces or an elision, a hyphen, or punctuation. */
  gap: GapKind
  /** Punctuation (no spaces) between the previous token and this one, or before the first one. */
  before: string
  /** Punctuation (no spaces) between this token and the next one, or after the last one. */
  after: string
  sentence: number
  /**
   * What the matcher memoises about this word, shared by every token of the same spelling: a word
   * class is tested once per spelling, not once per occurrence.
   */
  memo: WordMemo
}

export type WordMemo = {
  /** Small facts (0: not known yet), one slot each: see `claimFactSlot`. */
  facts: Uint8Array
  /** Lists, one slot each: see `claimListSlot`. */
  lists: (readonly unknown[] | undefined)[]
}

export type WordRun = { start: number; end: number }

const segmenter = new Intl.Segmenter('und', { granularity: 'word' })

// Character classes of the fast path (UAX #29 word-break properties restricted to its alphabet).
const OTHER = 0
const LETTER = 1
const DIGIT = 2
const MID_LETTER = 3 // joins two letters: ":" "·"
const MID_NUM = 4 // joins two digits: "," ";"
const MID_NUM_LETTER = 5 // joins two letters or two digits: "." "'" "‘" "’"

function classOf(code: number): number {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return LETTER
    if (code >= 48 && code <= 57) return DIGIT
    if (code === 46 || code === 39) return MID_NUM_LETTER
    if (code === 44 || code === 59) return MID_NUM
    if (code === 58) return MID_LETTER
    return OTHER
  }
  if (code === 0xb7) return MID_LETTER
  if (code === 0x2018 || code === 0x2019) return MID_NUM_LETTER
  if (code === 0xaa || code === 0xb5 || code === 0xba) return LETTER
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return LETTER
  return OTHER
}

// The fast path reads one table entry per character below U+0250 (Latin), the hottest loop of the
// analysis.
const LATIN_END = 0x250
const CLASS_TABLE = Uint8Array.from({ length: LATIN_END }, (_, code) => classOf(code))

function charClass(code: number): number {
  if (code < LATIN_END) return CLASS_TABLE[code] as number
  return code === 0x2018 || code === 0x2019 ? MID_NUM_LETTER : OTHER
}

/**
 * Whether a character at or above U+0080 belongs to the fast path's alphabet: Latin letters and most
 * general punctuation; no combining marks, format characters or characters whose word-break handling
 * is unusual (U+00AD, U+2024, U+2027, U+203F, U+2040, U+2054). Below U+0080 everything but "_" does.
 */
function inFastPath(code: number): boolean {
  if (code < LATIN_END) return code >= 0xa0 && code !== 0xad
  if (code < 0x2010) return false
  if (code <= 0x2026) return code !== 0x2024
  if (code < 0x2030) return false
  if (code <= 0x205e) return code !== 0x203f && code !== 0x2040 && code !== 0x2054
  return code === 0x20ac
}

/** Word-like segments of `text`, as UTF-16 ranges. */
export function wordRuns(text: string): WordRun[] {
  return fastWordRuns(text) ?? segmenterWordRuns(text)
}

// Letters and digits stick together; a mid mark joins two letters (l'équipe, a:b, Node.js) or two
// digits (3,5 1.000 1'000) — the rules WB5–WB12 of UAX #29. Returns null as soon as a character
// outside the fast path's alphabet shows up.
function fastWordRuns(text: string): WordRun[] | null {
  const runs: WordRun[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const code = text.charCodeAt(i)
    const cls = charClass(code)
    if (cls === LETTER || cls === DIGIT) {
      const end = wordEnd(text, i, cls)
      if (end < 0) return null
      runs.push({ start: i, end })
      i = end
      continue
    }
    if (code >= 128 && !inFastPath(code)) {
      // An emoji between words is never part of one: stepped over instead of leaving the fast path,
      // where Intl.Segmenter would take ~50 ms for 20,000 characters of them.
      const skip = emojiLength(text, i)
      if (skip === 0) return null
      i += skip
      continue
    }
    if (code === 95) return null
    i++
  }
  return runs
}

/**
 * The end of the word that starts at `start` with a character of class `cls`, or -1 when a
 * character outside the fast path's alphabet would change its boundaries. A function of its own,
 * called once per word: the engine optimises it early and keeps it optimised.
 */
function wordEnd(text: string, start: number, first: number): number {
  const n = text.length
  let cls = first
  let i = start + 1
  while (i < n) {
    const next = charClass(text.charCodeAt(i))
    if (next === LETTER || next === DIGIT) {
      cls = next
      i++
      continue
    }
    if (next === OTHER) {
      const c = text.charCodeAt(i)
      // A pictograph right after a word ends it (no UAX #29 rule joins them); anything that
      // would attach to the word (a joiner, a variation selector, a skin tone) leaves the fast path.
      if (c >= 128 && !inFastPath(c) && !startsPictograph(text, i)) return -1
      if (c === 95) return -1
      return i
    }
    if (i + 1 >= n) return i
    const after = charClass(text.charCodeAt(i + 1))
    const joinsLetters =
      cls === LETTER && after === LETTER && (next === MID_LETTER || next === MID_NUM_LETTER)
    const joinsDigits = cls === DIGIT && after === DIGIT && (next === MID_NUM || next === MID_NUM_LETTER)
    if (!joinsLetters && !joinsDigits) return i
    i += 2
  }
  return i
}

const PICTOGRAPH = /^\p{Extended_Pictographic}$/u
// What may follow a pictograph inside one emoji: variation selector 16, zero-width joiner,
// skin tones, the keycap mark, and tag characters (flags of regions).
const isEmojiComponent = (cp: number) =>
  cp === 0xfe0f ||
  cp === 0x200d ||
  (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
  cp === 0x20e3 ||
  (cp >= 0xe0020 && cp <= 0xe007f)

const isLoneSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff

// An answer made of emoji repeats the same few: each code point is looked up once.
const pictographs = new Map<number, boolean>()
const PICTOGRAPH_CACHE_LIMIT = 4_096

function isPictograph(cp: number): boolean {
  let yes = pictographs.get(cp)
  if (yes === undefined) {
    yes = PICTOGRAPH.test(String.fromCodePoint(cp))
    if (pictographs.size >= PICTOGRAPH_CACHE_LIMIT) pictographs.clear()
    pictographs.set(cp, yes)
  }
  return yes
}

/** Whether a pictograph (an emoji's base) starts at `i`, or half of one cut off (a lone surrogate). */
function startsPictograph(text: string, i: number): boolean {
  const cp = text.codePointAt(i) ?? 0
  return isLoneSurrogate(cp) || isPictograph(cp)
}

/**
 * The length (UTF-16 units) of the emoji that starts at `i` outside a word, 0 when none does. It
 * must start with a pictograph: a component alone (a joiner, a keycap mark...) attaches to what
 * comes before it, which only Intl.Segmenter judges.
 */
function emojiLength(text: string, i: number): number {
  if (!startsPictograph(text, i)) return 0
  let j = i
  for (;;) {
    const cp = text.codePointAt(j)
    if (cp === undefined) break
    if (!isEmojiComponent(cp) && !isLoneSurrogate(cp) && !isPictograph(cp)) break
    j += cp > 0xffff ? 2 : 1
  }
  return j - i
}

/** The reference segmentation, always through Intl.Segmenter. */
export function segmenterWordRuns(text: string): WordRun[] {
  const runs: WordRun[] = []
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike) runs.push({ start: s.index, end: s.index + s.segment.length })
  }
  return runs
}

// French elided particles: "j'ai" is matched as "je" + "ai", "qu'on" as "que" + "on".
const ELISIONS: Readonly<Record<string, readonly string[]>> = {
  "j'": ['je'],
  "l'": ['le', 'la'],
  "d'": ['de'],
  "n'": ['ne'],
  "m'": ['me'],
  "t'": ['te'],
  "s'": ['se', 'si'],
  "c'": ['ce'],
  "qu'": ['que'],
  "jusqu'": ['jusque'],
  "lorsqu'": ['lorsque'],
  "puisqu'": ['puisque'],
  "quoiqu'": ['quoique'],
}

/** The full forms an elided particle written alone ("qu'", "c’") stands for, if it is one. */
export function elisionOf(word: string): readonly string[] | undefined {
  return ELISIONS[lowerWord(word)]
}

const APOSTROPHES = /[‘’ʼ`´]/g
const NON_ASCII = /[^\p{ASCII}]/u
const DIACRITICS = /\p{M}/gu

/** Lower case, straight apostrophes. */
export function lowerWord(word: string): string {
  const lower = word.toLowerCase()
  return NON_ASCII.test(lower) ? lower.replace(APOSTROPHES, "'") : lower
}

/** Normalises a word for matching: case, apostrophes and accents do not matter. */
export function normalizeWord(word: string): string {
  return stripAccents(lowerWord(word))
}

function stripAccents(lower: string): string {
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(DIACRITICS, '').normalize('NFC') : lower
}

const SENTENCE_END = /[.!?…]|\n\s*\n/
const CLAUSE_PUNCT = /[.,;:!?…()[\]{}«»"“”„—–]|\n\s*\n|\s[-‐‑‒]\s|^[-‐‑‒]\s|\s[-‐‑‒]$/
const HYPHEN = /^[-‐‑]$/
const SPACES = /\s+/g

function classifyGap(gap: string, first: boolean): GapKind {
  if (first) return 'boundary'
  if (gap === '') return 'soft'
  if (HYPHEN.test(gap)) return 'hyphen'
  return CLAUSE_PUNCT.test(gap) ? 'boundary' : 'soft'
}

// Room for this many memoised facts and lists per word (see `Token.memo`); whoever comes after
// they are all taken memoises on its own.
const WORD_FACTS = 64
const WORD_LISTS = 8
let nextFact = 0
let nextList = 0

/** A slot of `WordMemo.facts` of one's own, or null once they are all taken. */
export function claimFactSlot(): number | null {
  return nextFact < WORD_FACTS ? nextFact++ : null
}

/** A slot of `WordMemo.lists` of one's own, or null once they are all taken. */
export function claimListSlot(): number | null {
  return nextList < WORD_LISTS ? nextList++ : null
}

const newMemo = (): WordMemo => ({ facts: new Uint8Array(WORD_FACTS), lists: [] })

/** One token's worth of a spelling: an elided particle, the word after it, or a whole word. */
type Piece = { word: string; key: string; alt: readonly string[]; memo: WordMemo }

/** A spelling as it is matched: one piece, or an elided particle and the word it is joined to. */
type Spelling = { first: Piece; rest: Piece | null }

const NO_ALT: readonly string[] = []

function spellingOf(raw: string): Spelling {
  const word = lowerWord(raw)
  const key = stripAccents(word)
  // Peel an elided particle off the front: "qu'il" is matched as "que" + "il".
  const apostrophe = key.indexOf("'")
  if (apostrophe > 0 && apostrophe < key.length - 1) {
    const particle = key.slice(0, apostrophe + 1)
    const alt = ELISIONS[particle]
    if (alt) {
      return {
        first: { word: particle, key: alt[0] ?? particle, alt, memo: newMemo() },
        rest: {
          word: word.slice(particle.length),
          key: key.slice(particle.length),
          alt: NO_ALT,
          memo: newMemo(),
        },
      }
    }
  }
  return { first: { word, key, alt: NO_ALT, memo: newMemo() }, rest: null }
}

// Answers reuse the same few hundred words: normalising (and matching) each distinct spelling once
// pays off.
const spellings = new Map<string, Spelling>()
const CACHE_LIMIT = 20_000

function spelling(raw: string): Spelling {
  let hit = spellings.get(raw)
  if (hit === undefined) {
    hit = spellingOf(raw)
    if (spellings.size >= CACHE_LIMIT) spellings.clear()
    spellings.set(raw, hit)
  }
  return hit
}

/** What a stretch of spaces and punctuation between two words says. */
type Gap = { before: string; kind: GapKind; endsSentence: boolean }

// The same few separators (", ", ". ", " – ", ":\n") come back all the time.
const gaps = new Map<string, Gap>()
const GAP_CACHE_LIMIT = 2_000

function gapOf(text: string): Gap {
  let hit = gaps.get(text)
  if (hit === undefined) {
    hit = {
      before: text.replace(SPACES, ''),
      kind: classifyGap(text, false),
      endsSentence: SENTENCE_END.test(text),
    }
    if (gaps.size >= GAP_CACHE_LIMIT) gaps.clear()
    gaps.set(text, hit)
  }
  return hit
}

/** Splits text into match tokens: word runs, with French elisions separated from their host word. */
export function tokenize(text: string, runs: readonly WordRun[]): Token[] {
  const tokens: Token[] = []
  let sentence = 0
  let prevEnd = 0
  for (const run of runs) {
    let gap: GapKind
    let before: string
    // Most words are separated by a single space.
    if (run.start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32 && tokens.length > 0) {
      gap = 'soft'
      before = ''
    } else {
      const separator = gapOf(text.slice(prevEnd, run.start))
      if (tokens.length > 0 && separator.endsSentence) sentence++
      before = separator.before
      gap = tokens.length === 0 ? 'boundary' : separator.kind
    }
    const last = tokens[tokens.length - 1]
    if (last) last.after = before
    const { first, rest } = spelling(text.slice(run.start, run.end))
    const end = rest ? run.start + first.word.length : run.end
    tokens.push({
      start: run.start,
      end,
      key: first.key,
      word: first.word,
      cap: isCapital(text, run.start),
      alt: first.alt,
      memo: first.memo,
      gap,
      before,
      after: '',
      sentence,
    })
    if (rest) {
      tokens.push({
        start: end,
        end: run.end,
        key: rest.key,
        word: rest.word,
        cap: isCapital(text, end),
        alt: NO_ALT,
        memo: rest.memo,
        gap: 'soft',
        before: '',
        after: '',
        sentence,
      })
    }
    prevEnd = run.end
  }
  const last = tokens[tokens.length - 1]
  if (last) last.after = text.slice(prevEnd).replace(SPACES, '')
  return tokens
}

function isCapital(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code >= 97 && code <= 122) return false
  if (code >= 65 && code <= 90) return true
  const c = text[at] ?? ''
  return c !== c.toLowerCase()
}

/**
 * Number of words as a person counts them: runs of word segments joined by hyphens or apostrophes
 * ("peut-être", "j'ai") count once, as in a word processor.
 */
export function countWords(text: string, runs: readonly WordRun[]): number {
  let count = 0
  let prevEnd = -1
  for (const run of runs) {
    const joined = prevEnd >= 0 && run.start - prevEnd === 1 && JOINERS.has(text.charCodeAt(prevEnd))
    if (!joined) count++
    prevEnd = run.end
  }
  return count
}

const JOINERS = new Set(['-', '‐', '‑', "'", '’'].map((c) => c.charCodeAt(0)))
