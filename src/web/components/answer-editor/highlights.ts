// Pure helpers of the answer editor: where to draw the highlights, and how to show a change.

export type Range = { start: number; end: number }

/** What a highlight marks; `active` is the passage of the suggestion being looked at. */
export type HighlightKind = 'filler' | 'hedge' | 'self' | 'active'

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['filler', 'hedge', 'self', 'active']

export type Segment = { start: number; end: number; kinds: HighlightKind[] }

/** The region that changed between two versions of a text, from their common prefix and suffix. */
export function changedRegion(before: string, after: string): { from: number; oldTo: number; newTo: number } {
  const max = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++
  }
  return { from: prefix, oldTo: before.length - suffix, newTo: after.length - suffix }
}

/**
 * Moves ranges found in `before` onto `after` (the text being typed, a keystroke ahead of the
 * analysis): ranges before the edit stay, ranges after it shift, ranges it touches are dropped.
 */
export function remapRanges<T extends Range>(ranges: readonly T[], before: string, after: string): T[] {
  if (before === after) return [...ranges]
  const { from, oldTo, newTo } = changedRegion(before, after)
  const shift = newTo - oldTo
  const out: T[] = []
  for (const range of ranges) {
    if (range.end <= from) out.push(range)
    else if (range.start >= oldTo) out.push({ ...range, start: range.start + shift, end: range.end + shift })
  }
  return out
}

/**
 * Cuts `length` characters into consecutive segments, each with the kinds of highlight covering it.
 * Ranges of one kind must be sorted and must not overlap (the analyzer resolves overlaps per kind).
 */
export function segmentsOf(
  length: number,
  layers: Partial<Record<HighlightKind, readonly Range[]>>,
): Segment[] {
  const cuts = new Set<number>([0, length])
  for (const kind of HIGHLIGHT_KINDS) {
    for (const r of layers[kind] ?? []) {
      if (r.end <= r.start) continue
      cuts.add(Math.max(0, Math.min(length, r.start)))
      cuts.add(Math.max(0, Math.min(length, r.end)))
    }
  }
  const points = [...cuts].sort((a, b) => a - b)
  const cursor: Record<HighlightKind, number> = { filler: 0, hedge: 0, self: 0, active: 0 }
  const segments: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0
    const end = points[i + 1] ?? 0
    const kinds: HighlightKind[] = []
    for (const kind of HIGHLIGHT_KINDS) {
      const ranges = layers[kind] ?? []
      let k = cursor[kind]
      while (k < ranges.length && (ranges[k]?.end ?? 0) <= start) k++
      cursor[kind] = k
      const r = ranges[k]
      if (r && r.start <= start && r.end >= end) kinds.push(kind)
    }
    const last = segments[segments.length - 1]
    if (last && last.kinds.join() === kinds.join()) last.end = end
    else segments.push({ start, end, kinds })
  }
  return segments
}

export type ChangePreview = {
  before: string
  removed: string
  inserted: string
  after: string
  cutBefore: boolean
  cutAfter: boolean
}

/** A few words either side of a change, cut at word boundaries, to show it in context. */
export function previewChange(text: string, range: Range, rewrite: string, context = 28): ChangePreview {
  let from = Math.max(0, range.start - context)
  if (from > 0) {
    const space = text.indexOf(' ', from)
    from = space >= 0 && space < range.start ? space + 1 : from
  }
  let to = Math.min(text.length, range.end + context)
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to)
    to = space > range.end ? space : to
  }
  return {
    before: text.slice(from, range.start),
    removed: text.slice(range.start, range.end),
    inserted: rewrite,
    after: text.slice(range.end, to),
    cutBefore: from > 0,
    cutAfter: to < text.length,
  }
}

/** Speaking time split for display: "45 s", "2 min", "1 min 10 s". */
export function durationParts(seconds: number): { m: number; s: number } {
  const total = Math.max(0, Math.round(seconds))
  return { m: Math.floor(total / 60), s: total % 60 }
}

const UPPER = /^\p{Lu}$/u
const LOWER = /^\p{Ll}$/u

/**
 * A deletion at the start of a sentence takes the sentence's capital with it ("Euh, je pense…");
 * the analyzer expects the next suggestion to restore it, but each one is applied on its own
 * here, so the capital moves onto the word that now starts the sentence.
 */
export function keepSentenceCapital(
  text: string,
  range: Range,
  rewrite: string,
): { start: number; end: number; rewrite: string } {
  const first = text[range.start] ?? ''
  const next = text[range.end] ?? ''
  if (rewrite !== '' || !UPPER.test(first) || !LOWER.test(next)) return { ...range, rewrite }
  const before = text.slice(0, range.start).trimEnd()
  const startsSentence = before === '' || /[.!?…:\n]$/.test(before)
  if (!startsSentence) return { ...range, rewrite }
  return { start: range.start, end: range.end + 1, rewrite: next.toLocaleUpperCase() }
}
