// Benchmark of the answer analyzer on one core: npx tsx bench/analyzer.ts
// Targets: ≥ 5,000 analyses per second for 300-word answers, < 5 ms for a 2,000-word answer.
// Also prints the analyzer's share of the web bundle (gzip), from the last `npm run build`.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { CORPUS } from '../eval/analysis/evaluate'
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

/** The gzip size of the `analyzer` chunk (see vite.config.ts) against all the JavaScript of the web app. */
function bundleShare(): void {
  const assets = path.resolve(import.meta.dirname, '../dist/web/assets')
  if (!existsSync(assets)) {
    console.log('Bundle share: no dist/web yet; run `npm run build` first, then this benchmark again.')
    return
  }
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'))
  const sizes = scripts.map((name) => ({
    name,
    gzip: gzipSync(readFileSync(path.join(assets, name)), { level: 9 }).length,
  }))
  const total = sizes.reduce((sum, file) => sum + file.gzip, 0)
  const analyzer = sizes.filter((file) => /^analyzer-[\w-]{8}\.js$/.test(file.name))
  if (analyzer.length === 0 || total === 0) {
    console.log('Bundle share: no analyzer chunk in dist/web/assets; run `npm run build` again.')
    return
  }
  const own = analyzer.reduce((sum, file) => sum + file.gzip, 0)
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
  const upFront = loadedUpFront(
    assets,
    analyzer.map((f) => f.name),
  )
  console.log(
    `Web bundle: analyzer chunk ${kb(own)} gzip (${analyzer.map((f) => f.name).join(', ')}), ` +
      `${((own / total) * 100).toFixed(1)} % of all JavaScript (${kb(total)} gzip in ${scripts.length} files); ` +
      (upFront
        ? 'loaded by the first page'
        : 'not loaded by the first page (fetched with the pages that use it)'),
  )
}

/** Whether index.html, or a static import of its entry script, pulls one of `names` in. */
function loadedUpFront(assets: string, names: readonly string[]): boolean {
  const html = readFileSync(path.join(assets, '../index.html'), 'utf8')
  if (names.some((name) => html.includes(name))) return true
  const entry = html.match(/<script[^>]+src="\/assets\/([^"]+\.js)"/)?.[1]
  if (!entry) return false
  const code = readFileSync(path.join(assets, entry), 'utf8')
  return names.some((name) =>
    new RegExp(
      `(?:^|[;\\n}])\\s*import\\s*(?:[\\w$\\s{},*]+from\\s*)?["']\\./${name.replace('.', '\\.')}["']`,
    ).test(code),
  )
}

bundleShare()
