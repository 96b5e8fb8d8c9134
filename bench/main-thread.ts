// The main thread's blocking time on each page's first load, from the browser's own trace: the processor time of each
// task after the first paint (the thread's time, not the wall clock's, which on a shared 2-core machine counts the
// moments the thread waited for a core), taken four times as Lighthouse's mobile mode slows the processor, and the
// part of each over 50 ms summed. Lighthouse's own figure moves by hundreds of milliseconds between runs of one build
// here; this one moves far less, so two builds can be told apart (issue 13).
//
//   npm run bench:main-thread                          the current build, started on the demo accounts
//   MAIN_THREAD_BASES=http://127.0.0.1:4401,http://127.0.0.1:4400 npm run bench:main-thread
//                                                      two builds already running, loaded in alternation
//   MAIN_THREAD_RUNS=7 (loads per page and build), MAIN_THREAD_PAGES=home,progress (as bench:lighthouse names them)
import { type Browser, type BrowserContextOptions, chromium } from 'playwright-core'
import { demoFr } from '../src/server/seed/demo-fr'
import { DEMO_PASSWORD } from '../src/server/seed/seed'
import {
  type BenchPage,
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  mainPages,
  median,
  pagePath,
  startBuiltDemoApp,
} from './support'

const RUNS = Math.max(1, Number(process.env.MAIN_THREAD_RUNS ?? 7) || 1)
/** Lighthouse's mobile mode slows the processor four times; a task over 50 ms blocks for the rest. */
const SLOWDOWN = 4
const BLOCKING_MS = 50

const PAGES = mainPages(process.env.MAIN_THREAD_PAGES)

/** The events of Chrome's trace this reads. */
type TraceEvent = {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

/** One load: the blocking time at 4×, the long tasks' thread time (ms), the thread time after the first paint. */
type Load = { blocking: number; longTasks: number[]; busy: number }

/** A signed-in visitor's cookies, and the demo account's first interview (a debrief step's address). */
type Visitor = { storageState: NonNullable<BrowserContextOptions['storageState']>; interview: string }

async function signIn(browser: Browser, base: string): Promise<Visitor> {
  const context = await browser.newContext()
  try {
    const login = await context.request.post(`${base}/api/auth/login`, {
      data: { email: demoFr.email, password: DEMO_PASSWORD },
      headers: { origin: base },
    })
    if (!login.ok()) throw new Error(`sign-in at ${base} failed: ${login.status()}`)
    const { interviews } = (await (await context.request.get(`${base}/api/interviews`)).json()) as {
      interviews: { id: string }[]
    }
    if (!interviews[0]) throw new Error('the demo account has no interview')
    return { storageState: await context.storageState(), interview: interviews[0].id }
  } finally {
    await context.close()
  }
}

/** Reads a load's trace: the renderer's main thread, its first paint, its tasks after it (null: no paint traced). */
function measure(events: TraceEvent[]): Load | null {
  const paint = events.find((event) => event.name === 'firstContentfulPaint')
  if (!paint) return null
  const mainThread = events.find(
    (event) =>
      event.name === 'thread_name' && event.pid === paint.pid && event.args?.name === 'CrRendererMain',
  )
  const tasks = events.filter(
    (event) =>
      event.name === 'RunTask' &&
      event.ph === 'X' &&
      event.pid === paint.pid &&
      event.tid === mainThread?.tid &&
      event.ts > paint.ts,
  )
  const threadMs = tasks.map((task) => (task.tdur ?? task.dur ?? 0) / 1000)
  const longTasks = threadMs.filter((ms) => ms * SLOWDOWN > BLOCKING_MS)
  return {
    blocking: longTasks.reduce((sum, ms) => sum + ms * SLOWDOWN - BLOCKING_MS, 0),
    longTasks,
    busy: threadMs.reduce((sum, ms) => sum + ms, 0),
  }
}

/** One load measured; a trace without the first paint (seldom, on a loaded machine) is loaded again, up to 3 times. */
async function load(browser: Browser, base: string, page: BenchPage, visitor: Visitor): Promise<Load> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const measured = await traceLoad(browser, base, page, visitor)
    if (measured) return measured
    console.error(`${page.name} (${base}): the trace held no first paint, loading again`)
  }
  throw new Error(`${page.name} (${base}): no first paint traced in 3 loads`)
}

async function traceLoad(
  browser: Browser,
  base: string,
  page: BenchPage,
  visitor: Visitor,
): Promise<Load | null> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 412, height: 823 },
    // Each load is a first visit's: nothing cached, no service worker answering.
    serviceWorkers: 'block',
    ...(page.signedIn ? { storageState: visitor.storageState } : {}),
  })
  try {
    const tab = await context.newPage()
    await browser.startTracing(tab, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'],
    })
    await tab.goto(`${base}${pagePath(page, visitor.interview)}`, {
      waitUntil: 'networkidle',
    })
    // What the page does once its data has come (deferred sections, the navigation's late parts).
    await tab.waitForTimeout(1_500)
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
    return measure(trace.traceEvents)
  } finally {
    await context.close()
  }
}

const ms = (value: number) => String(Math.round(value))

async function main() {
  const given = process.env.MAIN_THREAD_BASES?.split(',').filter(Boolean)
  const app = given ? undefined : await startBuiltDemoApp('rebond-bench-main-thread-')
  const bases = given ?? [app?.baseURL ?? '']
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  try {
    const visitors = new Map<string, Visitor>()
    for (const base of bases) visitors.set(base, await signIn(browser, base))
    console.log(
      `Main thread after the first paint, ${RUNS} first loads per page${bases.length > 1 ? ' and build, in alternation' : ''}:`,
    )
    console.log(
      `blocking time at ${SLOWDOWN}× (median, then each load), long tasks' thread time (median load), thread time after the first paint (median)`,
    )
    for (const page of PAGES) {
      const loads = new Map<string, Load[]>(bases.map((base) => [base, []]))
      for (let round = 0; round < RUNS; round++) {
        // Alternating which build goes first: a burst of load elsewhere falls on both alike.
        for (const base of round % 2 === 0 ? bases : [...bases].reverse()) {
          const visitor = visitors.get(base)
          if (visitor) loads.get(base)?.push(await load(browser, base, page, visitor))
        }
      }
      for (const [base, runs] of loads) {
        const blocking = runs.map((run) => run.blocking)
        const typical = runs.find((run) => run.blocking === median(blocking))
        const label = bases.length > 1 ? `${page.name} (${base})` : page.name
        console.log(
          `${label.padEnd(bases.length > 1 ? 40 : 14)} ${ms(median(blocking)).padStart(5)} ms  [${blocking.map(ms).join(' ')}]` +
            `  long tasks ${typical?.longTasks.map(ms).join(' ') || '–'}  busy ${ms(median(runs.map((run) => run.busy)))} ms`,
        )
      }
    }
  } finally {
    await browser.close()
    await app?.stop()
  }
}

await main()
