// What the benchmarks share: the app's configuration for a bench run, the databases to measure
// on (a SQLite file as in production, and PostgreSQL in a throw-away schema when a URL is set),
// percentiles, a free port, the built app on the demo accounts, stopping a child process, and the main pages the browser
// benches load.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { Config } from '../src/server/config'
import { type DatabaseHandle, openDatabase } from '../src/server/db/connection'

export const benchConfig = (dataDir: string): Config => ({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  databaseUrl: undefined,
  trustProxy: false,
  logLevel: 'silent',
  sessionSecret: 'bench-secret-bench-secret-bench-secret-01',
  secureCookies: undefined,
  signupsPerHourPerIp: 1000,
  loginsPer15MinPerIp: 1000,
})

/** Runs `measure` on SQLite, then on PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set. */
export async function onEachDatabase(
  name: string,
  measure: (label: string, database: DatabaseHandle, dataDir: string) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), `rebond-bench-${name}-`))
  try {
    await measure('SQLite', openDatabase({ kind: 'sqlite', filename: path.join(dir, 'rebond.db') }), dir)
    const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
    if (!url) {
      console.log('PostgreSQL  skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to measure it too')
      return
    }
    const schema = `bench_${randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`create schema ${schema}`)
    try {
      await measure(
        'PostgreSQL',
        openDatabase({ kind: 'postgres', connectionString: url, searchPath: schema }),
        dir,
      )
    } finally {
      await admin.query(`drop schema ${schema} cascade`)
      await admin.end()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The middle value of `values` (the lower of the two middle ones for an even count): always one of them. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0
}

/** A function giving the q-quantile (0–1) of `times`, in milliseconds with two decimals. */
export function quantiles(times: number[]): (q: number) => string {
  const sorted = [...times].sort((a, b) => a - b)
  return (q) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2)
}

/** A TCP port nothing listens on right now, for a server a bench starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Asks a child process to stop (SIGTERM) and waits until it has. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

/** Waits until `base`/api/health answers 200, polling every `everyMs`; fails if `child` exits or time runs out. */
export async function waitForHealth(
  base: string,
  child: ChildProcess,
  { timeoutMs = 60_000, everyMs = 5 } = {},
): Promise<void> {
  const until = performance.now() + timeoutMs
  while (performance.now() < until) {
    if (child.exitCode !== null) throw new Error('the app exited during start-up')
    const answer = await fetch(`${base}/api/health`).catch(() => undefined)
    if (answer?.ok) return
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  throw new Error(`the app did not answer /api/health within ${timeoutMs / 1000} s`)
}

const root = path.resolve(import.meta.dirname, '..')

/**
 * Builds the app, seeds the demo accounts into a throw-away SQLite data directory and starts the built server there
 * (`npm start`), as a person installing Rebond would. `stop` ends it and removes the directory.
 */
export async function startBuiltDemoApp(
  prefix: string,
): Promise<{ child: ChildProcess; baseURL: string; stop: () => Promise<void> }> {
  spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' })
  const dataDir = mkdtempSync(path.join(tmpdir(), prefix))
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/seed/seed-cli.ts'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: 'ignore',
  })
  if (seeded.status !== 0) throw new Error('seeding the demo accounts failed')
  const port = await freePort()
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: 'ignore',
  })
  const baseURL = `http://127.0.0.1:${port}`
  await waitForHealth(baseURL, child, { everyMs: 100 })
  return {
    child,
    baseURL,
    stop: async () => {
      await stopChild(child)
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Debian's Chromium for the browser benches, with the flags this sandbox needs (no outside network). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** A main page the browser benches load: its name as printed, its address, whether it needs the demo account. */
export type BenchPage = { name: string; path: string; signedIn: boolean }

/** The six main pages (issue 13). A debrief step's address names the demo account's first interview. */
const MAIN_PAGES: readonly BenchPage[] = [
  { name: 'welcome', path: '/', signedIn: false },
  { name: 'sign-in', path: '/login', signedIn: false },
  { name: 'Home', path: '/home', signedIn: true },
  { name: 'debrief step', path: '/interviews/:interview/debrief/replay', signedIn: true },
  { name: 'rehearsal', path: '/rehearsal', signedIn: true },
  { name: 'Progress', path: '/progress', signedIn: true },
]

/** A page's name as a file or a list names it: `debrief-step`. */
export const pageSlug = (page: BenchPage): string => page.name.replaceAll(' ', '-').toLowerCase()

/** The main pages, or those `only` names (`home,progress`: names as printed, any case, spaces as dashes). */
export function mainPages(only: string | undefined): readonly BenchPage[] {
  const names = only?.toLowerCase().split(',').filter(Boolean)
  return names ? MAIN_PAGES.filter((page) => names.includes(pageSlug(page))) : MAIN_PAGES
}

/** A page's address for the demo account whose first interview is `interview`. */
export const pagePath = (page: BenchPage, interview: string): string =>
  page.path.replace(':interview', interview)
