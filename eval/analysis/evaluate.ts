// Scores the analyzer against the hand-labeled corpus. Pure computation, shared by the CLI
// (evaluate-cli.ts) and the floor test (evaluate.test.ts).

import { type AnswerAnalysis, analyzeAnswer, type Span, type StarPart } from '../../src/domain/analysis/index'
import { enCorpus } from './corpus/en'
import { frCorpus } from './corpus/fr'
import type { CorpusItem, LabeledSpan } from './corpus/label'
import { enTranscriptCorpus } from './corpus/transcripts-en'
import { frTranscriptCorpus } from './corpus/transcripts-fr'

export type SpanScore = { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export type BinaryScore = { accuracy: number; precision: number; recall: number; f1: number }

export type Scores = {
  items: number
  fillers: SpanScore
  hedges: SpanScore
  selfDeprecation: BinaryScore
  star: Record<StarPart, number>
  /** Each STAR part as a yes/no label: precision and recall, beside the accuracy above. */
  starDetail: Record<StarPart, BinaryScore>
  metrics: number
  metricsDetail: BinaryScore
  ownership: number
  level: number
  /** Share of answers whose fillers and hedges are exactly right (every span, nothing more). */
  exactDisfluencies: number
}

export type Mismatch = { id: string; field: string; expected: string; actual: string }

/** Language detection, scored on a second run of every answer without passing its language. */
export type LanguageScore = { items: number; accuracy: number; wrong: { id: string; detected: string }[] }

/** The spoken transcripts, scored apart from the written answers. */
export type TranscriptEvaluation = {
  overall: Scores
  fr: Scores
  en: Scores
  /** Answers the analyzer was tuned on. */
  development: Scores
  /** Answers written first and never looked at while tuning (ids with `-h`). */
  heldOut: Scores
  traps: Scores
  trapCount: number
}

export type Evaluation = {
  /** Written answers only, as are `fr`, `en`, `traps` and `heldOut`. */
  overall: Scores
  fr: Scores
  en: Scores
  traps: Scores
  trapCount: number
  /** Answers written after the lexicons were tuned (ids with `-h`): how the rules generalise. */
  heldOut: Scores
  transcripts: TranscriptEvaluation
  language: LanguageScore
  mismatches: Mismatch[]
}

/** Held-out answers carry `-h` in their id ("fr-h01"). */
export const isHeldOut = (item: CorpusItem) => /-h\d/.test(item.id)

export const WRITTEN_CORPUS: readonly CorpusItem[] = [...frCorpus, ...enCorpus]
export const TRANSCRIPT_CORPUS: readonly CorpusItem[] = [...frTranscriptCorpus, ...enTranscriptCorpus]
/** Every labeled answer, written and spoken. */
export const CORPUS: readonly CorpusItem[] = [...WRITTEN_CORPUS, ...TRANSCRIPT_CORPUS]

const key = (s: { start: number; text: string }) => `${s.start}:${s.text}`

function spanScore(
  pairs: readonly { expected: readonly LabeledSpan[]; actual: readonly Span[] }[],
): SpanScore {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const { expected, actual } of pairs) {
    const want = new Set(expected.map(key))
    const got = new Set(actual.map(key))
    for (const k of got) want.has(k) ? tp++ : fp++
    for (const k of want) if (!got.has(k)) fn++
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1 }
}

function binaryScore(pairs: readonly [boolean, boolean][]): BinaryScore {
  let tp = 0
  let fp = 0
  let fn = 0
  let right = 0
  for (const [want, got] of pairs) {
    if (want === got) right++
    if (want && got) tp++
    else if (got) fp++
    else if (want) fn++
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { accuracy: pairs.length === 0 ? 1 : right / pairs.length, precision, recall, f1 }
}

const sameSpans = (expected: readonly LabeledSpan[], actual: readonly Span[]) =>
  expected.length === actual.length &&
  expected.every((e, i) => key(e) === key(actual[i] ?? { start: -1, text: '' }))

type Run = { item: CorpusItem; analysis: AnswerAnalysis }

const STAR_PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result']

function score(runs: readonly Run[]): Scores {
  const share = (ok: (r: Run) => boolean) => (runs.length === 0 ? 1 : runs.filter(ok).length / runs.length)
  return {
    items: runs.length,
    fillers: spanScore(runs.map((r) => ({ expected: r.item.fillers, actual: r.analysis.fillers }))),
    hedges: spanScore(runs.map((r) => ({ expected: r.item.hedges, actual: r.analysis.hedges }))),
    selfDeprecation: binaryScore(
      runs.map((r) => [r.item.selfDeprecation, r.analysis.selfDeprecation.length > 0]),
    ),
    star: {
      situation: share((r) => r.item.star.situation === r.analysis.star.situation),
      task: share((r) => r.item.star.task === r.analysis.star.task),
      action: share((r) => r.item.star.action === r.analysis.star.action),
      result: share((r) => r.item.star.result === r.analysis.star.result),
    },
    starDetail: {
      situation: binaryScore(runs.map((r) => [r.item.star.situation, r.analysis.star.situation])),
      task: binaryScore(runs.map((r) => [r.item.star.task, r.analysis.star.task])),
      action: binaryScore(runs.map((r) => [r.item.star.action, r.analysis.star.action])),
      result: binaryScore(runs.map((r) => [r.item.star.result, r.analysis.star.result])),
    },
    metrics: share((r) => r.item.metrics === r.analysis.metrics.length > 0),
    metricsDetail: binaryScore(runs.map((r) => [r.item.metrics, r.analysis.metrics.length > 0])),
    ownership: share((r) => r.item.ownership === r.analysis.ownership.verdict),
    level: share((r) => r.item.level === r.analysis.assertiveness.level),
    exactDisfluencies: share(
      (r) => sameSpans(r.item.fillers, r.analysis.fillers) && sameSpans(r.item.hedges, r.analysis.hedges),
    ),
  }
}

function mismatchesOf({ item, analysis }: Run): Mismatch[] {
  const out: Mismatch[] = []
  const show = (spans: readonly { start: number; text: string }[]) =>
    spans.map((s) => `${s.text}@${s.start}`).join(', ')
  if (!sameSpans(item.fillers, analysis.fillers)) {
    out.push({ id: item.id, field: 'fillers', expected: show(item.fillers), actual: show(analysis.fillers) })
  }
  if (!sameSpans(item.hedges, analysis.hedges)) {
    out.push({ id: item.id, field: 'hedges', expected: show(item.hedges), actual: show(analysis.hedges) })
  }
  const sd = analysis.selfDeprecation.length > 0
  if (item.selfDeprecation !== sd) {
    out.push({
      id: item.id,
      field: 'selfDeprecation',
      expected: String(item.selfDeprecation),
      actual: show(analysis.selfDeprecation),
    })
  }
  for (const part of STAR_PARTS) {
    if (item.star[part] !== analysis.star[part]) {
      out.push({
        id: item.id,
        field: `star.${part}`,
        expected: String(item.star[part]),
        actual: show(analysis.starEvidence[part]) || 'false',
      })
    }
  }
  if (item.metrics !== analysis.metrics.length > 0) {
    out.push({
      id: item.id,
      field: 'metrics',
      expected: String(item.metrics),
      actual: show(analysis.metrics) || 'false',
    })
  }
  if (item.ownership !== analysis.ownership.verdict) {
    const { singular, plural, verdict } = analysis.ownership
    out.push({
      id: item.id,
      field: 'ownership',
      expected: item.ownership,
      actual: `${verdict} (${singular}/${plural})`,
    })
  }
  if (item.level !== analysis.assertiveness.level) {
    out.push({ id: item.id, field: 'level', expected: item.level, actual: analysis.assertiveness.level })
  }
  return out
}

function languageScore(corpus: readonly CorpusItem[]): LanguageScore {
  const wrong: { id: string; detected: string }[] = []
  for (const item of corpus) {
    const detected = analyzeAnswer(item.text).lang
    if (detected !== item.lang) wrong.push({ id: item.id, detected })
  }
  const items = corpus.length
  return { items, accuracy: items === 0 ? 1 : (items - wrong.length) / items, wrong }
}

/**
 * Runs the analyzer on every corpus answer (language given, as the app knows it) and scores it; then
 * once more without the language, to score its detection.
 */
export function evaluateCorpus(corpus: readonly CorpusItem[] = CORPUS): Evaluation {
  const runs: Run[] = corpus.map((item) => ({
    item,
    analysis: analyzeAnswer(item.text, { lang: item.lang }),
  }))
  const written = runs.filter((r) => r.item.kind === 'written')
  const spoken = runs.filter((r) => r.item.kind === 'transcript')
  const traps = written.filter((r) => r.item.trap)
  const spokenTraps = spoken.filter((r) => r.item.trap)
  return {
    overall: score(written),
    fr: score(written.filter((r) => r.item.lang === 'fr')),
    en: score(written.filter((r) => r.item.lang === 'en')),
    traps: score(traps),
    trapCount: traps.length,
    heldOut: score(written.filter((r) => isHeldOut(r.item))),
    transcripts: {
      overall: score(spoken),
      fr: score(spoken.filter((r) => r.item.lang === 'fr')),
      en: score(spoken.filter((r) => r.item.lang === 'en')),
      development: score(spoken.filter((r) => !isHeldOut(r.item))),
      heldOut: score(spoken.filter((r) => isHeldOut(r.item))),
      traps: score(spokenTraps),
      trapCount: spokenTraps.length,
    },
    language: languageScore(corpus),
    mismatches: runs.flatMap(mismatchesOf),
  }
}
