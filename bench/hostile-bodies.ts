// `npm run bench:hostile`: starts the real server and, while /api/health is asked every few
// milliseconds, sends the bodies a stranger could use to stall it: arrays nested 1,500 deep ×70 to
// an unknown /api path, ten of them at once to sign-in, and one body nested 100,000 deep. Prints the
// worst and median /api/health latency in each phase and the statuses seen. Asserts nothing.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, stopChild } from './support'

const root = path.resolve(import.meta.dirname, '..')
const POLL_EVERY_MS = 5

/** `depth` arrays (or objects) inside one another: `[[[…]]]` or `{"a":{"a":…}}`. */
function nested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? '['.repeat(depth) + ']'.repeat(depth)
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
}
/** The repro: 70 arrays each nested 1,500 deep, in one array (about 210 KB). */
const wide = `[${Array.from({ length: 70 }, () => nested(1500, 'array')).join(',')}]`
const deepArrays = nested(100_000, 'array')
const deepObjects = nested(40_000, 'object')

type Answer = { status: number; ms: number }

function send(port: number, method: string, url: string, body?: string, agent?: Agent): Promise<Answer> {
  return new Promise((resolve) => {
    const started = performance.now()
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: url,
        agent: agent ?? false,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }))
      },
    )
    // A connection reset (the server gave up on the request) is a status too: 0.
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }))
    req.end(body)
  })
}

/** Asks /api/health one request after another, every few ms, until stopped. */
function pollHealth(port: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const answers: Answer[] = []
  let running = true
  const done = (async () => {
    while (running) {
      answers.push(await send(port, 'GET', '/api/health', undefined, agent))
      await new Promise((r) => setTimeout(r, POLL_EVERY_MS))
    }
    agent.destroy()
  })()
  return {
    answers,
    stop: async () => {
      running = false
      await done
    },
  }
}

const statuses = (answers: Answer[]): string => {
  const counts = new Map<number, number>()
  for (const a of answers) counts.set(a.status, (counts.get(a.status) ?? 0) + 1)
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status === 0 ? 'reset' : status}×${n}`)
    .join(' ')
}

function latencies(answers: Answer[]): { worst: string; median: string } {
  const sorted = answers.map((a) => a.ms).sort((a, b) => a - b)
  return {
    worst: (sorted.at(-1) ?? 0).toFixed(1),
    median: (sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1),
  }
}

const port = await freePort()
const dataDir = mkdtempSync(path.join(tmpdir(), 'rebond-bench-hostile-'))
const app = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/server.ts')], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    DATABASE_URL: '',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
})
// Drained, not kept: a log line per request would otherwise fill the pipe and stall the app.
app.stdout?.resume()
app.stderr?.resume()

try {
  let healthy = false
  while (!healthy) {
    if (app.exitCode !== null) throw new Error('the app exited during start-up')
    healthy = (await send(port, 'GET', '/api/health')).status === 200
    if (!healthy) await new Promise((r) => setTimeout(r, 20))
  }
  // Warm-up, so that the first phase does not pay for the JIT.
  for (let i = 0; i < 50; i++) await send(port, 'GET', '/api/health')

  const phases: [string, () => Promise<Answer[]>][] = [
    [
      'nothing hostile (baseline, 1 s)',
      async () => {
        await new Promise((r) => setTimeout(r, 1000))
        return []
      },
    ],
    [
      `1,500 deep ×70 arrays (${Math.round(wide.length / 1024)} KB) to POST /api/x`,
      async () => [await send(port, 'POST', '/api/x', wide)],
    ],
    [
      'the same, ten at once, to POST /api/auth/login',
      () => Promise.all(Array.from({ length: 10 }, () => send(port, 'POST', '/api/auth/login', wide))),
    ],
    [
      `100,000 deep arrays (${Math.round(deepArrays.length / 1024)} KB) to POST /api/auth/login`,
      async () => [await send(port, 'POST', '/api/auth/login', deepArrays)],
    ],
    [
      `40,000 deep objects (${Math.round(deepObjects.length / 1024)} KB) to POST /api/auth/login`,
      async () => [await send(port, 'POST', '/api/auth/login', deepObjects)],
    ],
  ]

  const rows: string[][] = [['phase', 'health worst ms', 'health median ms', 'health statuses', 'hostile']]
  const all: Answer[] = []
  for (const [name, run] of phases) {
    const poller = pollHealth(port)
    // Let the poller get going before the hostile requests leave.
    await new Promise((r) => setTimeout(r, 50))
    const hostile = await run()
    await new Promise((r) => setTimeout(r, 50))
    await poller.stop()
    all.push(...poller.answers)
    const { worst, median } = latencies(poller.answers)
    rows.push([name, worst, median, statuses(poller.answers), statuses(hostile) || '-'])
  }
  const overall = latencies(all)
  rows.push(['all phases', overall.worst, overall.median, statuses(all), ''])

  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? []
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '))
} finally {
  await stopChild(app)
  rmSync(dataDir, { recursive: true, force: true })
}
