// `npm run bench:progress`: GET /api/progress and GET /api/insights for a user with 1,000
// interviews, 1,000 debriefs and 20,000 attempts (the `db:seed -- --volume` account), on SQLite
// (a file, as in production) and on PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is
// set. Prints p50/p95/max; asserts nothing.
import { buildApp } from '../src/server/app'
import type { DatabaseHandle } from '../src/server/db/connection'
import { migrateToLatest } from '../src/server/db/migrate'
import { DEMO_PASSWORD } from '../src/server/seed/seed'
import { seedVolumeAccount, VOLUME, VOLUME_EMAIL } from '../src/server/seed/volume'
import { benchConfig, onEachDatabase, quantiles } from './support'

const RUNS = 200
const now = new Date('2026-11-30T08:00:00.000Z')

async function measure(label: string, database: DatabaseHandle, dataDir: string) {
  const seedStart = performance.now()
  await migrateToLatest(database.db)
  await seedVolumeAccount(database.db, now)
  const seedMs = performance.now() - seedStart
  const app = await buildApp({ config: benchConfig(dataDir), database, logger: false, now: () => now })
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
      const at = quantiles(times)
      console.log(
        `${label.padEnd(11)} GET ${url.padEnd(44)} p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (${(size / 1024).toFixed(0)} KiB)`,
      )
    }
    console.log(
      `${label.padEnd(11)} ${VOLUME.interviews} interviews, ${VOLUME.interviews} debriefs, ${VOLUME.attempts} attempts seeded in ${(seedMs / 1000).toFixed(1)} s`,
    )
  } finally {
    await app.close()
  }
}

await onEachDatabase('progress', measure)
