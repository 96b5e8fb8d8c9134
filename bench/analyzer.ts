// Benchmark of the answer analyzer on one core: npx tsx bench/analyzer.ts
// Targets: ≥ 5,000 analyses per second for 300-word answers, < 5 ms for a 2,000-word answer.

import { CORPUS } from '../src/domain/analysis/evaluate'
import { analyzeAnswer } from '../src/domain/analysis/index'

/** Realistic answers of about `words` words, built from labeled corpus answers of one language. */
function answersOf(words: number, lang: 'fr' | 'en', count: number): string[] {
  const pool = CORPUS.filter((c) => c.lang === lang).map((c) => c.text)
  const out: string[] = []
  for (let k = 0; k < count; k++) {
    let text = ''
    for (let i = k; text.split(/\s+/).length < words; i++) text += `${pool[i % pool.length]} `
    out.push(text.split(/\s+/).slice(0, words).join(' '))
  }
  return out
}

function throughput(texts: readonly string[], seconds: number): number {
  let n = 0
  const start = performance.now()
  const end = start + seconds * 1000
  while (performance.now() < end) {
    for (const t of texts) analyzeAnswer(t)
    n += texts.length
  }
  return n / ((performance.now() - start) / 1000)
}

function timeOne(text: string, runs: number): { median: number; p95: number } {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    analyzeAnswer(text)
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(runs / 2)] ?? 0, p95: times[Math.floor(runs * 0.95)] ?? 0 }
}

const mixed = [...answersOf(300, 'fr', 20), ...answersOf(300, 'en', 20)]
for (const t of mixed.slice(0, 200)) analyzeAnswer(t) // warm-up
throughput(mixed, 1)

const perSecond = throughput(mixed, 3)
const long = [answersOf(2000, 'fr', 1)[0] ?? '', answersOf(2000, 'en', 1)[0] ?? '']
for (const t of long) timeOne(t, 50)
const longFr = timeOne(long[0] ?? '', 300)
const longEn = timeOne(long[1] ?? '', 300)

console.log(
  `300-word answers: ${Math.round(perSecond).toLocaleString('en')} analyses/s on one core (target ≥ 5,000)`,
)
console.log(
  `2,000-word answer: fr median ${longFr.median.toFixed(2)} ms (p95 ${longFr.p95.toFixed(2)}), en median ${longEn.median.toFixed(2)} ms (p95 ${longEn.p95.toFixed(2)}) (target < 5 ms)`,
)
