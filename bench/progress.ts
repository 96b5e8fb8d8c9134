// `npm run bench:progress`: GET /api/progress and GET /api/insights for a user with 1,000
// interviews, 1,000 debriefs and 20,000 attempts (the `db:seed -- --volume` account), on SQLite
// (a file, as in production) and on PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is
// set. Prints p50/p95/max; asserts nothing.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { buildApp } from '../src/server/app'
import type { Config } from '../src/server/config'
import { type DatabaseHandle, openDatabase } from '../src/server/db/connection'
import { migrateToLatest } from '../src/server/db/migrate'
import { DEMO_PASSWORD } from '../src/server/db/seed/seed'
import { seedVolumeAccount, VOLUME, VOLUME_EMAIL } from '../src/server/db/seed/volume'

const RUNS = 200
const now = new Date('2026-11-30T08:00:00.000Z')

const config = (dataDir: string): Config => ({
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

async function measure(label: string, database: DatabaseHandle, dataDir: string) {
  const seedStart = performance.now()
  await migrateToLatest(database.db)
  await seedVolumeAccount(database.db, now)
  const seedMs = performance.now() - seedStart
  const app = await buildApp({ config: config(dataDir), database, logger: false, now: () => now })
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: VOLUME_EMAIL, password: DEMO_PASSWORD },
    })
    const cookie = `rebond_session=${login.cookies.find((c) => c.name === 'rebond_session')?.value}`
    for (const url of ['/api/progress', '/api/progress?from=2026-01-01&to=2026-06-30', '/api/insights']) {
      const times: number[] = []
      let size = 0
      for (let i = 0; i < RUNS + 20; i++) {
        const t = performance.now()
        const response = await app.inject({ url, headers: { cookie } })
        const elapsed = performance.now() - t
        if (response.statusCode !== 200)
          throw new Error(`${url} answered ${response.statusCode}: ${response.body}`)
        size = response.body.length
        if (i >= 20) times.push(elapsed) // the first runs warm caches and JIT
      }
      times.sort((a, b) => a - b)
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]?.toFixed(2)
      console.log(
        `${label.padEnd(11)} GET ${url.padEnd(44)} p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times.at(-1)?.toFixed(2)} ms (${(size / 1024).toFixed(0)} KiB)`,
      )
    }
    console.log(
      `${label.padEnd(11)} ${VOLUME.interviews} interviews, ${VOLUME.interviews} debriefs, ${VOLUME.attempts} attempts seeded in ${(seedMs / 1000).toFixed(1)} s`,
    )
  } finally {
    await app.close()
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'rebond-bench-progress-'))
try {
  await measure('SQLite', openDatabase({ kind: 'sqlite', filename: path.join(dir, 'rebond.db') }), dir)
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
  if (url) {
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
  } else {
    console.log('PostgreSQL  skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to measure it too')
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
