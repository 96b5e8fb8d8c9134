// `npm run bench`: start-up time (a first start on a new database, then restarts), idle memory, and GET /api/me throughput and p99 on SQLite,
// beside a bare Fastify route returning the same JSON in the same run. Prints figures; asserts nothing.
// On a shared 2-core machine one pair of loads moves by a fifth from one run to the next (ratios of 0.31 to 0.46 in one hour):
// the restarts and the two loads are made BENCH_ROUNDS times (3), the loads in alternation, and the median is printed with
// every round's figure.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'

import { freePort, median, stopChild, waitForHealth } from './support'

const root = path.resolve(import.meta.dirname, '..')
const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const CONNECTIONS = 50
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3) || 1)

/** The median, then each round's figure: `475 (432 475 510)`. */
const withRounds = (values: readonly number[], digits = 0): string =>
  values.length === 1
    ? (values[0] ?? 0).toFixed(digits)
    : `${median(values).toFixed(digits)} (${values.map((value) => value.toFixed(digits)).join(' ')})`

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = ''
    const detach = () => {
      child.stdout?.off('data', onData)
      child.stderr?.off('data', onData)
      // Keep draining the pipes without holding on to what they say.
      child.stdout?.resume()
      child.stderr?.resume()
    }
    const timer = setTimeout(() => {
      detach()
      reject(new Error(`timeout waiting for ${pattern}:\n${output}`))
    }, timeoutMs)
    function onData(chunk: Buffer) {
      output += chunk.toString()
      const match = output.match(pattern)
      if (match) {
        clearTimeout(timer)
        detach()
        resolve(match)
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
  })
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0)
  return kb / 1024
}

/** CPU time (user and system) a process has used, in ms: start-up's cost whatever else the machine runs. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return (Number(fields[11]) + Number(fields[12])) * 10
}

async function load(url: string, cookie?: string) {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: cookie ? { cookie } : {},
  })
}

const loadBefore = loadavg()
  .map((l) => l.toFixed(2))
  .join(', ')
// "Already built": build first, so the start-up figure never includes a build.
spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' })

const port = await freePort()
const base = `http://127.0.0.1:${port}`
const dataDir = mkdtempSync(path.join(tmpdir(), 'rebond-bench-'))

/** `npm start` on DATA_DIR, and how long until /api/health answers. */
async function startApp(): Promise<{ app: ChildProcess; startupMs: number; cpuMs: number }> {
  const started = performance.now()
  const app = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // Drained, not kept: a log line per request would otherwise fill the pipe and stall the app.
  app.stdout?.resume()
  app.stderr?.resume()
  // Polls as a user would, whatever the log level.
  await waitForHealth(base, app)
  return { app, startupMs: performance.now() - started, cpuMs: cpuMs(app.pid ?? 0) }
}

// The first start creates the database and runs every migration; a restart finds it ready.
const first = await startApp()
await stopChild(first.app)
const restarts: { startupMs: number; cpuMs: number }[] = []
for (let round = 1; round < ROUNDS; round++) {
  const restart = await startApp()
  restarts.push(restart)
  await stopChild(restart.app)
}
const { app, startupMs, cpuMs: startupCpuMs } = await startApp()
restarts.push({ startupMs, cpuMs: startupCpuMs })
try {
  await new Promise((r) => setTimeout(r, 2000))
  const idleRss = rssMiB(app.pid ?? 0)

  const signup = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'bench@example.com',
      password: 'bench password 123',
      displayName: 'Bench',
      language: 'fr',
    }),
  })
  const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const meBody = await (await fetch(`${base}/api/me`, { headers: { cookie } })).text()

  const bare = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/bare-server.ts')], {
    cwd: root,
    env: { ...process.env, BARE_BODY: meBody },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  try {
    const [, barePort] = await waitForLine(bare, /listening (\d+)/)
    const rounds: { app: autocannon.Result; bare: autocannon.Result }[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const appResult = await load(`${base}/api/me`, cookie)
      const bareResult = await load(`http://127.0.0.1:${barePort}/api/me`)
      rounds.push({ app: appResult, bare: bareResult })
    }
    const loadedRss = rssMiB(app.pid ?? 0)
    const appRate = rounds.map((r) => r.app.requests.average)
    const bareRate = rounds.map((r) => r.bare.requests.average)

    const rows = [
      ['load average (1, 5, 15 min) before the run', loadBefore],
      [
        'first start to /api/health answering (npm start, already built, new database)',
        `${first.startupMs.toFixed(0)} ms (CPU ${first.cpuMs} ms)`,
      ],
      [
        'restart to /api/health answering (database already migrated)',
        `${withRounds(restarts.map((r) => r.startupMs))} ms (CPU ${withRounds(restarts.map((r) => r.cpuMs))} ms)`,
      ],
      ['idle memory (RSS)', `${idleRss.toFixed(1)} MiB`],
      ['memory after the load (RSS)', `${loadedRss.toFixed(1)} MiB`],
      [
        `GET /api/me, SQLite, ${CONNECTIONS} connections, ${DURATION} s × ${ROUNDS}, LOG_LEVEL=${process.env.LOG_LEVEL ?? 'info'}`,
        `${withRounds(appRate)} req/s, p99 ${withRounds(rounds.map((r) => r.app.latency.p99))} ms`,
      ],
      [
        'bare Fastify route, same JSON, no logs, in alternation',
        `${withRounds(bareRate)} req/s, p99 ${withRounds(rounds.map((r) => r.bare.latency.p99))} ms`,
      ],
      [
        'ratio /api/me ÷ bare (throughput), each round',
        withRounds(
          rounds.map((_, i) => (appRate[i] ?? 0) / (bareRate[i] ?? 1)),
          2,
        ),
      ],
      [
        'ratio /api/me ÷ bare (p99 latency), each round',
        withRounds(
          rounds.map((r) => r.app.latency.p99 / Math.max(1, r.bare.latency.p99)),
          2,
        ),
      ],
      [
        'non-2xx responses during the /api/me loads',
        String(rounds.reduce((sum, r) => sum + r.app.non2xx, 0)),
      ],
      [
        'load average (1, 5, 15 min) after the run',
        loadavg()
          .map((l) => l.toFixed(2))
          .join(', '),
      ],
    ]
    const width = Math.max(...rows.map(([k]) => (k ?? '').length))
    for (const [k, v] of rows) console.log(`${(k ?? '').padEnd(width)}  ${v}`)
  } finally {
    await stopChild(bare)
  }
} finally {
  await stopChild(app)
  rmSync(dataDir, { recursive: true, force: true })
}
