import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Flags, type Result } from 'lighthouse'
import { demoFr } from '../src/server/seed/demo-fr'
import { DEMO_PASSWORD } from '../src/server/seed/seed'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, startBuiltDemoApp } from './support'

const root = path.resolve(import.meta.dirname, '..')
const REPORTS = path.join(root, 'artifacts/lighthouse')
const DEMO_EMAIL = demoFr.email
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

type Ids = { interview: string }
type Target = { name: string; path: string | ((ids: Ids) => string); signedIn: boolean }

const PAGES: Target[] = [
  { name: 'welcome', path: '/', signedIn: false },
  { name: 'sign-in', path: '/login', signedIn: false },
  { name: 'Home', path: '/home', signedIn: true },
  { name: 'debrief step', path: (ids) => `/interviews/${ids.interview}/debrief/replay`, signedIn: true },
  { name: 'rehearsal', path: '/rehearsal', signedIn: true },
  { name: 'Progress', path: '/progress', signedIn: true },
]

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
    const ids: Ids = { interview: await firstInterview(baseURL, cookie) }
    const results: { page: Target; lhr: Result }[] = []
    for (const page of PAGES) {
      const url = `${baseURL}${typeof page.path === 'function' ? page.path(ids) : page.path}`
      const flags: Flags = {
        port: chrome.port,
        logLevel: 'error',
        output: 'html',
        onlyCategories: [...CATEGORIES],
        ...(page.signedIn ? { extraHeaders: { Cookie: cookie } } : {}),
      }
      const run = await lighthouse(url, flags)
      if (!run) throw new Error(`Lighthouse returned nothing for ${page.name}`)
      const file = `${page.name.replaceAll(' ', '-').toLowerCase()}.html`
      writeFileSync(path.join(REPORTS, file), String(run.report))
      // The full result too, to read what blocks (bootup-time, long-tasks, layout-shifts, treemap data).
      writeFileSync(path.join(REPORTS, file.replace(/\.html$/, '.json')), JSON.stringify(run.lhr))
      results.push({ page, lhr: run.lhr })
    }

    console.log(
      `Lighthouse ${results[0]?.lhr.lighthouseVersion}, mobile (simulated slow 4G, 4× CPU slowdown)`,
    )
    console.log('Targets: performance ≥ 95, accessibility 100, best practices ≥ 95')
    console.log('page            perf   a11y   best   SEO')
    for (const { page, lhr } of results) {
      const cells = CATEGORIES.map((category) => score(lhr, category).padEnd(7)).join('')
      console.log(`${page.name.padEnd(16)}${cells}`)
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
