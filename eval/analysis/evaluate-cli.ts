// CLI: prints the analyzer's scores on the labeled corpus (npm run eval:analyzer).

import { type BinaryScore, evaluateCorpus, type Scores } from './evaluate'

const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const f = (x: number) => x.toFixed(3)

function print(title: string, s: Scores): void {
  console.log(`\n== ${title} (${s.items} answers)`)
  console.log(
    `fillers     P ${f(s.fillers.precision)}  R ${f(s.fillers.recall)}  F1 ${f(s.fillers.f1)}  (tp ${s.fillers.tp}, fp ${s.fillers.fp}, fn ${s.fillers.fn})`,
  )
  console.log(
    `hedges      P ${f(s.hedges.precision)}  R ${f(s.hedges.recall)}  F1 ${f(s.hedges.f1)}  (tp ${s.hedges.tp}, fp ${s.hedges.fp}, fn ${s.hedges.fn})`,
  )
  const yesNo = (name: string, b: BinaryScore) =>
    console.log(
      `${name.padEnd(17)} P ${f(b.precision)}  R ${f(b.recall)}  F1 ${f(b.f1)}  accuracy ${pct(b.accuracy)}`,
    )
  yesNo('self-deprecation', s.selfDeprecation)
  console.log(
    `STAR        situation ${pct(s.star.situation)}  task ${pct(s.star.task)}  action ${pct(s.star.action)}  result ${pct(s.star.result)}`,
  )
  for (const part of ['situation', 'task', 'action', 'result'] as const)
    yesNo(`  STAR ${part}`, s.starDetail[part])
  yesNo('metrics', s.metricsDetail)
  console.log(`ownership ${pct(s.ownership)}   assertiveness level ${pct(s.level)}`)
  console.log(`fillers and hedges exactly right: ${pct(s.exactDisfluencies)}`)
}

const evaluation = evaluateCorpus()
print('written answers, overall', evaluation.overall)
print('written, français', evaluation.fr)
print('written, English', evaluation.en)
print('written trap answers', evaluation.traps)
console.log(
  `\ntrap answers whose fillers AND hedges are exactly right: ${pct(evaluation.traps.exactDisfluencies)} of ${evaluation.trapCount}`,
)
print('written held-out answers (ids with -h, written after tuning)', evaluation.heldOut)
const spoken = evaluation.transcripts
print('spoken transcripts, overall', spoken.overall)
print('transcripts, français', spoken.fr)
print('transcripts, English', spoken.en)
print('transcripts, development (tuned on)', spoken.development)
print('transcripts, held-out (ids with -h, never looked at while tuning)', spoken.heldOut)
console.log(
  `\ntranscript trap answers whose fillers AND hedges are exactly right: ${pct(spoken.traps.exactDisfluencies)} of ${spoken.trapCount}`,
)
const { language } = evaluation
console.log(
  `\n== language detection (language not given, ${language.items} answers): ${pct(language.accuracy)}` +
    language.wrong.map((w) => `\n${w.id}  detected ${w.detected}`).join(''),
)
// The held-out transcripts' disagreements stay hidden unless asked for (--show-held-out), so that
// tuning never looks at them.
const showHeldOut = process.argv.includes('--show-held-out')
const heldOutTranscript = (id: string) => /^t(?:fr|en)-h\d/.test(id)
const shown = evaluation.mismatches.filter((m) => showHeldOut || !heldOutTranscript(m.id))
const hidden = evaluation.mismatches.length - shown.length
if (shown.length > 0 || hidden > 0) {
  console.log(
    `\n== ${evaluation.mismatches.length} disagreements with the labels` +
      (hidden > 0 ? ` (${hidden} on held-out transcripts not shown: --show-held-out)` : ''),
  )
  for (const m of shown)
    console.log(`${m.id}  ${m.field}: expected ${m.expected || '—'} | got ${m.actual || '—'}`)
}
