// `npm run bench:export`: GET /api/me/export and POST /api/me/import for the `db:seed -- --volume`
// account (1,000 interviews and debriefs, 20,000 attempts), on SQLite (a file, as in production) and on
// PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set: the export's time and size, then the
// import of that zip into a new account (preview, import, the same file again). Asserts nothing.
import { unzipSync } from 'fflate'
import { buildApp } from '../src/server/app'
import type { DatabaseHandle } from '../src/server/db/connection'
import { migrateToLatest } from '../src/server/db/migrate'
import { DEMO_PASSWORD } from '../src/server/seed/seed'
import { seedVolumeAccount, VOLUME, VOLUME_EMAIL } from '../src/server/seed/volume'
import { benchConfig, onEachDatabase } from './support'

const RUNS = 3
const now = new Date('2026-11-30T08:00:00.000Z')
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

async function measure(label: string, database: DatabaseHandle, dataDir: string) {
  await migrateToLatest(database.db)
  await seedVolumeAccount(database.db, now)
  // Load shedding off: the figures are the export's and the import's own, not the 503s a busy machine causes.
  const app = await buildApp({
    config: benchConfig(dataDir),
    database,
    logger: false,
    now: () => now,
    maxEventLoopDelayMs: false,
  })
  const cookieOf = (response: { cookies: { name: string; value: string }[] }) =>
    `rebond_session=${response.cookies.find((c) => c.name === 'rebond_session')?.value}`
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: VOLUME_EMAIL, password: DEMO_PASSWORD },
    })
    const cookie = cookieOf(login)
    const times: number[] = []
    let zip: Buffer = Buffer.alloc(0)
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now()
      const response = await app.inject({ url: '/api/me/export', headers: { cookie } })
      times.push(performance.now() - t)
      if (response.statusCode !== 200)
        throw new Error(`export answered ${response.statusCode}: ${response.body}`)
      zip = response.rawPayload
    }
    const files = unzipSync(new Uint8Array(zip))
    const json = files['rebond.json']?.length ?? 0
    const debriefs = Object.keys(files).filter((name) => name.startsWith('debriefs/')).length
    console.log(
      `${label.padEnd(11)} export   median ${seconds(median(times))} (runs: ${times.map(seconds).join(', ')}); zip ${mib(zip.length)}, rebond.json ${mib(json)} inflated, ${debriefs} debriefs in Markdown`,
    )

    const signup = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: {
        email: `import-${Date.now()}@example.org`,
        password: 'bench password 2026',
        displayName: 'Import',
        language: 'fr',
      },
    })
    const importer = cookieOf(signup)
    const post = async (query: string) => {
      const t = performance.now()
      const response = await app.inject({
        method: 'POST',
        url: `/api/me/import${query}`,
        headers: { cookie: importer, 'content-type': 'application/zip' },
        payload: zip,
      })
      const elapsed = performance.now() - t
      if (response.statusCode !== 200)
        throw new Error(`import answered ${response.statusCode}: ${response.body}`)
      const counts = Object.values(
        response.json().counts as Record<string, { added: number; alreadyThere: number }>,
      )
      const added = counts.reduce((sum, c) => sum + c.added, 0)
      const there = counts.reduce((sum, c) => sum + c.alreadyThere, 0)
      return `${seconds(elapsed)} (${added} rows added, ${there} already there)`
    }
    console.log(`${label.padEnd(11)} import   preview ${await post('?dryRun=true')}`)
    console.log(`${label.padEnd(11)} import   ${await post('')}`)
    console.log(`${label.padEnd(11)} import   the same file again ${await post('')}`)
    console.log(
      `${label.padEnd(11)} volume   ${VOLUME.interviews} interviews and debriefs, ${VOLUME.attempts} attempts, ${VOLUME.cards} cards (no recordings)`,
    )
  } finally {
    await app.close()
  }
}

await onEachDatabase('export', measure)
