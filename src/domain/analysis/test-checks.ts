import type { AnswerAnalysis, Span } from './types'

const WORD = /[\p{L}\p{N}]/u
const JOINER = /['’‘-]/

/** Does the span start or end inside a written word ("sous" of "sous-traité", "ai" of "j'ai")? */
function cutsWord(input: string, span: Span): boolean {
  const inside = (outer: string | undefined, joiner: string | undefined) =>
    WORD.test(outer ?? '') || (JOINER.test(outer ?? '') && WORD.test(joiner ?? ''))
  return inside(input[span.start - 1], input[span.start - 2]) || inside(input[span.end], input[span.end + 1])
}

/**
 * For tests (the analyzer's own, and the whole-corpus run in eval/): what is wrong with an analysis
 * whatever the labels say. Every span must quote the input exactly and lie inside it, each list in
 * reading order; STAR evidence quotes whole words; the language is fr or en; the assertiveness score lies in 0–100. Empty: all holds.
 */
export function spanProblems(input: string, a: AnswerAnalysis): string[] {
  const lists: [string, Span[]][] = [
    ['fillers', a.fillers],
    ['hedges', a.hedges],
    ['selfDeprecation', a.selfDeprecation],
    ['metrics', a.metrics],
    ['situation', a.starEvidence.situation],
    ['task', a.starEvidence.task],
    ['action', a.starEvidence.action],
    ['result', a.starEvidence.result],
    ['suggestions', a.suggestions.map((s) => s.span)],
  ]
  const problems: string[] = []
  for (const [name, list] of lists) {
    for (const span of list) {
      if (span.text !== input.slice(span.start, span.end))
        problems.push(`${name}: "${span.text}" is not the input at ${span.start}-${span.end}`)
      if (span.start < 0 || span.end > input.length)
        problems.push(`${name}: ${span.start}-${span.end} outside the input`)
    }
    if (list.some((span, i) => i > 0 && span.start < (list[i - 1]?.start ?? 0)))
      problems.push(`${name}: spans out of reading order`)
  }
  for (const [name, list] of lists.slice(4, 8)) {
    for (const span of list) {
      if (cutsWord(input, span)) problems.push(`${name}: "${span.text}" cuts a word`)
    }
  }
  if (a.lang !== 'fr' && a.lang !== 'en') problems.push(`language ${a.lang}`)
  if (a.assertiveness.score < 0 || a.assertiveness.score > 100)
    problems.push(`assertiveness score ${a.assertiveness.score}`)
  return problems
}
