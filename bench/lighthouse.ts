import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Flags, type Result } from 'lighthouse'
import { demoFr } from '../src/server/seed/demo-fr'
import { DEMO_PASSWORD } from '../src/server/seed/seed'
import {
  type BenchPage,
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  mainPages,
  pagePath,
  pageSlug,
  startBuiltDemoApp,
} from './support'

const root = path.resolve(import.meta.dirname, '..')
const REPORTS = path.join(root, 'artifacts/lighthouse')
const DEMO_EMAIL = demoFr.email
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
/** Runs per page (`LIGHTHOUSE_RUNS`, 3): one run on a shared machine is noise; the median run is reported. */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3) || 1)

/** `LIGHTHOUSE_PAGES=home,progress` measures only those pages. */
const PAGES = mainPages(process.env.LIGHTHOUSE_PAGES)

/** Signs the demo account in through the API and returns its cookies as a `Cookie` header. */
async function signIn(baseURL: string): Promise<string> {
  const response = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseURL },
    body: JSON.stringify({ email: DEMO_EMAIL, password: DEMO_PASSWORD }),
  })
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`)
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ')
}

async function firstInterview(baseURL: string, cookie: string): Promise<string> {
  const response = await fetch(`${baseURL}/api/interviews`, { headers: { cookie } })
  const { interviews } = (await response.json()) as { interviews: { id: string }[] }
  if (!interviews[0]) throw new Error('the demo account has no interview')
  return interviews[0].id
}

const score = (lhr: Result, category: string) => {
  const value = lhr.categories[category]?.score
  return value === null || value === undefined ? '–' : String(Math.round(value * 100))
}

/** Titles of the audits a category counts that the page fails (performance's metrics aside). */
function failing(lhr: Result, category: string): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.group !== 'metrics')
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (audit) =>
        audit !== undefined &&
        (audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'metricSavings') &&
        audit.score !== null &&
        audit.score < 1,
    )
    .map((audit) => `${audit?.title} [${audit?.id}]`)
}

const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const

/** The performance metrics as shown, and the opportunities that would save the most time. */
function performanceNotes(lhr: Result): { metrics: string; opportunities: string[] } {
  const metrics = METRICS.map(([id, short]) => `${short} ${lhr.audits[id]?.displayValue ?? '–'}`).join(', ')
  const opportunities = Object.values(lhr.audits)
    .filter((audit) => audit.details?.type === 'opportunity' && (audit.score ?? 1) < 1)
    .map((audit) => ({ audit, savings: audit.metricSavings?.LCP ?? audit.metricSavings?.FCP ?? 0 }))
    .sort((a, b) => b.savings - a.savings)
    .slice(0, 4)
    .map(({ audit }) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`)
  return { metrics, opportunities }
}

async function main() {
  const app = await startBuiltDemoApp('rebond-bench-lighthouse-')
  const { baseURL } = app
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    // A French phone, as the French demo account's owner would have: the app starts in its language
    // (a real visitor who signed in on this device has it stored already), not in English then French.
    chromeFlags: ['--headless=new', '--lang=fr-FR', '--accept-lang=fr-FR', ...CHROMIUM_FLAGS],
  })
  mkdirSync(REPORTS, { recursive: true })
  try {
    const cookie = await signIn(baseURL)
    const interview = await firstInterview(baseURL, cookie)
    const runs = new Map<BenchPage, { lhr: Result; report: string }[]>(PAGES.map((page) => [page, []]))
    // Round after round over the pages, so that a burst of load elsewhere does not fall on one page's runs.
    for (let round = 0; round < RUNS; round++) {
      for (const page of PAGES) {
        const url = `${baseURL}${pagePath(page, interview)}`
        const flags: Flags = {
          port: chrome.port,
          logLevel: 'error',
          output: 'html',
          onlyCategories: [...CATEGORIES],
          ...(page.signedIn ? { extraHeaders: { Cookie: cookie } } : {}),
        }
        const run = await lighthouse(url, flags)
        if (!run) throw new Error(`Lighthouse returned nothing for ${page.name}`)
        // A run that could not measure (no paint seen, a page that failed) scores 0: say why, not only the 0.
        if (run.lhr.runtimeError)
          console.error(
            `${page.name}: a run failed: ${run.lhr.runtimeError.code} ${run.lhr.runtimeError.message}`,
          )
        runs.get(page)?.push({ lhr: run.lhr, report: String(run.report) })
      }
    }
    const results: { page: BenchPage; lhr: Result; scores: number[] }[] = []
    for (const [page, pageRuns] of runs) {
      const performance = (lhr: Result) => lhr.categories.performance?.score ?? 0
      // A run that failed measured nothing: the median is taken over the others (all of them if every run failed).
      const measured = pageRuns.filter(({ lhr }) => !lhr.runtimeError)
      const sorted = [...(measured.length > 0 ? measured : pageRuns)].sort(
        (a, b) => performance(a.lhr) - performance(b.lhr),
      )
      const median = sorted[Math.floor((sorted.length - 1) / 2)]
      if (!median) continue
      const file = `${pageSlug(page)}.html`
      writeFileSync(path.join(REPORTS, file), median.report)
      // The full result too, to read what blocks (bootup-time, long-tasks, layout-shifts, treemap data).
      writeFileSync(path.join(REPORTS, file.replace(/\.html$/, '.json')), JSON.stringify(median.lhr))
      const scores = pageRuns.map(({ lhr }) => Math.round(performance(lhr) * 100))
      results.push({ page, lhr: median.lhr, scores })
    }

    console.log(
      `Lighthouse ${results[0]?.lhr.lighthouseVersion}, mobile (simulated slow 4G, 4× CPU slowdown)`,
    )
    console.log('Targets: performance ≥ 95, accessibility 100, best practices ≥ 95')
    console.log(`${RUNS} run(s) per page: the median run by performance, each run's performance after it`)
    console.log(
      `load average ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}`,
    )
    console.log('page            perf   a11y   best   SEO    runs')
    for (const { page, lhr, scores } of results) {
      const cells = CATEGORIES.map((category) => score(lhr, category).padEnd(7)).join('')
      console.log(`${page.name.padEnd(16)}${cells}${scores.join(' ')}`)
    }
    for (const { page, lhr } of results) {
      const notes = performanceNotes(lhr)
      console.log(`\n${page.name}: ${notes.metrics}`)
      for (const opportunity of notes.opportunities) console.log(`  opportunity: ${opportunity}`)
      for (const category of CATEGORIES.slice(1)) {
        for (const title of failing(lhr, category)) console.log(`  fails (${category}): ${title}`)
      }
      for (const title of failing(lhr, 'performance')) console.log(`  fails (performance): ${title}`)
      const errored = Object.values(lhr.audits).filter((audit) => audit.scoreDisplayMode === 'error')
      if (errored.length > 0) {
        console.log(`  could not run: ${errored.map((audit) => audit.id).join(', ')}`)
      }
    }
    console.log(`\nHTML reports: ${path.relative(root, REPORTS)}/`)
  } finally {
    chrome.kill()
    await app.stop()
  }
}

await main()
