// The shape of a language's lexicon. Everything a linguist may want to extend is data here; the
// generic matcher (../matcher.ts) interprets it.
//
// Phrase syntax (phrases, and the `before`/`after` phrases of contexts):
// - words separated by spaces; "peut-être" and "j'ai" keep their hyphen and elision;
// - `a|b|c` offers alternatives for one slot, a trailing `?` makes a slot optional: "je ne? suis pas";
// - `_` joins several words into one alternative: "j'ai|nous_avons|on_a réduit";
// - `{name}` is a word class declared in `classes` ("{num}", "{adj}");
// - a leading "-" asks for a hyphen: "disons" unless after "-le" (disons-le), "co -{pp}" (co-construit).
// Case, accents and the kind of apostrophe (' or ’) never matter.

import type { Lang } from '../../language'

export type { Lang }

/** A set of words, given as a list and/or a pattern on the normalised word, minus exceptions. */
export type WordClass = {
  words?: readonly string[]
  pattern?: RegExp
  except?: readonly string[]
  /** Only words written with a capital letter (names of companies, places). */
  capitalized?: boolean
}

/** Where a match stands. All the conditions given must hold. */
export type Context = {
  /** One of these phrases ends right before the match, in the same clause. */
  before?: readonly string[]
  /** The `before` phrase opens its clause: "And like the client called" but not "coding and like". */
  beforeOpensClause?: boolean
  /** One of these phrases starts right after the match, in the same clause. */
  after?: readonly string[]
  /** One of these phrases follows the match, possibly after a comma ("enfin, je veux dire"). */
  afterPause?: readonly string[]
  /** One of these phrases comes right before the match, possibly before a comma ("au final, enfin"). */
  beforePause?: readonly string[]
  /** The match opens a clause: start of the answer or right after punctuation. */
  clauseStart?: boolean
  /** The match opens a line: start of the answer or right after a line break ("Tâche : …" in notes). */
  lineStart?: boolean
  /** The match closes a clause: end of the answer or right before punctuation. */
  clauseEnd?: boolean
  /** The punctuation right before the match begins with one of these characters. */
  punctBefore?: readonly string[]
  /** The punctuation right after the match begins with one of these characters. */
  punctAfter?: readonly string[]
  /** The sentence holding the match ends with one of these characters: `['?']` for a question. */
  sentenceEnd?: readonly string[]
  /**
   * Only in a spoken transcript, where a clause boundary is rarely written: the context says from the
   * words what punctuation would have said ("c'était limite quoi mais…": "quoi" before "mais").
   */
  spoken?: boolean
}

export type Entry = {
  phrase: string
  /** Keep the match only where at least one of these contexts holds. */
  only?: readonly Context[]
  /** Drop the match where any of these contexts holds. */
  unless?: readonly Context[]
  /** A conditional verb form: not a hedge inside a real hypothesis ("si j'étais recruté, je ferais…"). */
  conditional?: boolean
  /**
   * A conditional of saying ("je dirais", "I'd say"): it hedges an opinion, so only a hypothesis in
   * its own sentence ("if you asked me, I'd say…") makes it part of a plan, not the sentences that
   * carry a plan on.
   */
  saying?: boolean
  /**
   * The phrase can be deleted without breaking the sentence ("je pense que je sais" → "je sais"); the
   * listed words that may follow it go with it ("I think that I can" → "I can").
   */
  removable?: { alsoDrop?: readonly string[] }
  /**
   * STAR only: a label or a heading word ("Tâche :", "Résultat,", "the result") whose evidence is what
   * it introduces, never the bare word. Followed by punctuation, the quote is the rest of its sentence
   * or line; otherwise it runs from the label to the end of its clause. Nothing after it: no evidence.
   */
  label?: boolean
}

export type Lexicon = {
  lang: Lang
  /**
   * Named word classes usable as `{name}` in phrases. `conditional` marks conditional verb forms and
   * `coordinator` the conjunctions that join two clauses (both used to scope hypotheses); `subject`
   * the subject pronouns that open a clause, which end a hypothesis in an unpunctuated transcript.
   */
  classes: Readonly<Record<string, WordClass>>
  /** Frequent function words, for language detection. */
  stopWords: readonly string[]
  fillers: readonly Entry[]
  hedges: readonly Entry[]
  selfDeprecation: readonly Entry[]
  situation: readonly Entry[]
  task: readonly Entry[]
  action: readonly Entry[]
  result: readonly Entry[]
  metrics: readonly Entry[]
  /** Opens a real hypothesis ("si j'étais", "if you hired me"): conditionals in its scope are not hedges. */
  hypothesis: readonly Entry[]
  /**
   * Number words that are not quantities: a year said aloud ("deux mille vingt-deux", "twenty
   * nineteen"). A metric found inside one is dropped.
   */
  dates: readonly Entry[]
  /** Subject pronouns, for ownership. */
  singular: readonly Entry[]
  plural: readonly Entry[]
  /**
   * A hedge right before one of these is hedging a claim about oneself ("je pense que je sais"):
   * the suggestion is to state the claim.
   */
  claimStarts: readonly string[]
}
