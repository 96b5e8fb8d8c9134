// Benchmark of the answer analyzer on one core: npx tsx bench/analyzer.ts
// Targets: ≥ 5,000 analyses per second for 300-word answers, written and spoken (transcripts: lower
// case, no punctuation, read with `transcript: true`), < 5 ms for a 2,000-word answer,
// p99 < 0.5 ms per 300-word answer over the whole labeled corpus, and no adversarial input under
// 20,000 characters over 5 ms (long runs of one filler, no punctuation, emoji, mixed languages).
// Also prints the analyzer's share of the web bundle (gzip), from the last `npm run build`.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { CORPUS, TRANSCRIPT_CORPUS, WRITTEN_CORPUS } from '../eval/analysis/evaluate'
import { analyzeAnswer } from '../src/domain/analysis/index'

/** Realistic answers of about `words` words, built from labeled corpus answers of one language. */
function answersOf(
  words: number,
  lang: 'fr' | 'en',
  count: number,
  corpus: typeof CORPUS = WRITTEN_CORPUS,
): string[] {
  const pool = corpus.filter((c) => c.lang === lang).map((c) => c.text)
  const out: string[] = []
  for (let k = 0; k < count; k++) {
    let text = ''
    for (let i = k; text.split(/\s+/).length < words; i++) text += `${pool[i % pool.length]} `
    out.push(text.split(/\s+/).slice(0, words).join(' '))
  }
  return out
}

function throughput(texts: readonly string[], seconds: number, transcript?: boolean): number {
  let n = 0
  const start = performance.now()
  const end = start + seconds * 1000
  const options = transcript === undefined ? {} : { transcript }
  while (performance.now() < end) {
    for (const t of texts) analyzeAnswer(t, options)
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
const spoken = [
  ...answersOf(300, 'fr', 20, TRANSCRIPT_CORPUS),
  ...answersOf(300, 'en', 20, TRANSCRIPT_CORPUS),
]
throughput(spoken, 1, true)
const spokenPerSecond = throughput(spoken, 3, true)
const spokenDetected = throughput(spoken, 3)
const long = [answersOf(2000, 'fr', 1)[0] ?? '', answersOf(2000, 'en', 1)[0] ?? '']
for (const t of long) timeOne(t, 50)
const longFr = timeOne(long[0] ?? '', 300)
const longEn = timeOne(long[1] ?? '', 300)

console.log(
  `300-word answers: ${Math.round(perSecond).toLocaleString('en')} analyses/s on one core (target ≥ 5,000)`,
)
console.log(
  `300-word transcripts: ${Math.round(spokenPerSecond).toLocaleString('en')} analyses/s with transcript: true, ` +
    `${Math.round(spokenDetected).toLocaleString('en')} analyses/s left to detect (target ≥ 5,000)`,
)
console.log(
  `2,000-word answer: fr median ${longFr.median.toFixed(2)} ms (p95 ${longFr.p95.toFixed(2)}), en median ${longEn.median.toFixed(2)} ms (p95 ${longEn.p95.toFixed(2)}) (target < 5 ms)`,
)

/** Each labeled answer padded or cut to 300 words with its own words: the corpus's variety at one length. */
function corpusAt300(): string[] {
  return CORPUS.map((c) => {
    const words = c.text.split(/\s+/).filter(Boolean)
    const out: string[] = []
    while (out.length < 300 && words.length > 0) out.push(...words)
    return out.slice(0, 300).join(' ')
  })
}

/** Processor time of one analysis, in ms: steadier than elapsed time on a machine doing other work. */
function cpuMs(text: string): number {
  const before = process.cpuUsage()
  analyzeAnswer(text)
  const spent = process.cpuUsage(before)
  return (spent.user + spent.system) / 1000
}

/** The median processor time of `runs` analyses of `text`, after one warm-up. */
function medianOf(text: string, runs: number): number {
  analyzeAnswer(text)
  const times = Array.from({ length: runs }, () => cpuMs(text)).sort((a, b) => a - b)
  return times[Math.floor(runs / 2)] ?? 0
}

function distribution(): void {
  const texts = corpusAt300()
  for (const t of texts) analyzeAnswer(t)
  // Each answer's own cost (its median over 7 runs), then the spread of those costs over the corpus.
  const times = texts.map((t) => medianOf(t, 7)).sort((a, b) => a - b)
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? 0).toFixed(3)
  console.log(
    `Whole corpus at 300 words (${texts.length} answers, processor time, median of 7 each): median ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms (target p99 < 0.5 ms)`,
  )
}

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)

/** Inputs written to find the analyzer's slow paths, each under 20,000 characters. */
const ADVERSARIAL: Array<[string, string]> = [
  ['"euh " × 4,900', repeat('euh ', 19_600)],
  ['"um, " × 3,900', repeat('um, ', 19_600)],
  ['"du coup " run', repeat('du coup ', 19_600)],
  ['"je pense que peut-être " run', repeat('je pense que peut-être ', 19_600)],
  ['19,900 letters, no space', repeat('a', 19_900)],
  ['words, no punctuation', repeat('nous avons livré le projet en avance avec une équipe motivée ', 19_900)],
  ['emoji only', repeat('😀🚀👍🏽 ', 19_900)],
  ['emoji between words', repeat('super 😀 projet 🚀 résultat 👍🏽 ', 19_900)],
  ['fr and en mixed', repeat("I think que j'ai juste um managed l'équipe, you know, du coup ", 19_900)],
  ['apostrophes and hyphens', repeat("j'ai-l'ai-d'accord-c'est ", 19_900)],
  ['digits and percent signs', repeat('+30 % 45,5 % 1 200 € 3x ', 19_900)],
  ['one long sentence of labels', repeat('Situation : Tâche : Action : Résultat : ', 19_900)],
  ['newlines', repeat('euh\n\n', 19_900)],
  // Spoken transcripts: no punctuation at all, so a hypothesis, a clause-final tag or a spelled
  // year is found from the words alone over the whole text.
  ['spoken: "si je pourrais" run', repeat('si je pourrais ', 19_900)],
  [
    'spoken: plans and stories mixed',
    repeat("je pourrais ouvrir si vous voulez j'ai géré on a livré ", 19_900),
  ],
  ['spoken: "quoi mais voilà enfin" run', repeat("c'était dur quoi mais voilà enfin deux ", 19_900)],
  ['spoken: years in words', repeat('deux mille vingt-deux twenty nineteen two thousand and five ', 19_900)],
  ['spoken: "if i would i could" run', repeat('if you hired me i would and i could then i think ', 19_900)],
]

function adversarial(): void {
  let worstName = ''
  let worstMs = 0
  for (const [name, text] of ADVERSARIAL) {
    const ms = medianOf(text, 9)
    if (ms > worstMs) {
      worstMs = ms
      worstName = name
    }
    console.log(`  ${name.padEnd(34)} ${String(text.length).padStart(6)} chars  ${ms.toFixed(2)} ms`)
  }
  console.log(
    `Adversarial inputs (processor time, median of 9 each): slowest ${worstMs.toFixed(2)} ms (${worstName}) (target: none over 5 ms)`,
  )
}

distribution()
adversarial()

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
