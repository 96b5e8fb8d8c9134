// `npm run bench:fuzz`: the generators of src/server/openapi-fuzz.test.ts with many more runs
// (FUZZ_RUNS per operation of the OpenAPI document, and as many on paths outside the API), on
// SQLite and on PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set. Prints the
// requests sent, the status codes seen, every 5xx or misshapen error with its smallest reproducer,
// and the worst GET /api/health latency between batches. Asserts nothing.
import { rmSync } from 'node:fs'
import fc from 'fast-check'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/server/app'
import type { DatabaseHandle } from '../src/server/db/connection'
import {
  createWorld,
  describeRequest,
  type FuzzRequest,
  type FuzzWorld,
  fakeWebRoot,
  fetchOpenApi,
  keepWorldAlive,
  operationsOf,
  problemWith,
  requestArbitrary,
  requestSize,
  send,
  webRequestArbitrary,
} from '../src/server/test-support/openapi-fuzz'
import { benchConfig, onEachDatabase } from './support'

const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000)
const BATCH = 100
// The real limits would turn most of a long run into 429s; here the routes behind them are the point.
const unlimited = { max: 1_000_000, timeWindow: 60_000 }

type Problem = { operation: string; problem: string; count: number; smallest: string; size: number }

async function measure(label: string, database: DatabaseHandle, dataDir: string) {
  const webRoot = fakeWebRoot()
  const app: FastifyInstance = await buildApp({
    config: { ...benchConfig(dataDir), signupsPerHourPerIp: 1_000_000, loginsPer15MinPerIp: 1_000_000 },
    database,
    logger: false,
    webRoot,
    rateLimits: { login: unlimited, signup: unlimited, analyze: unlimited },
  })
  try {
    const document = await fetchOpenApi(app)
    const operations = operationsOf(document)
    const world: FuzzWorld = await createWorld(app)
    const statuses = new Map<number, number>()
    const problems = new Map<string, Problem>()
    const slowest = { ms: 0, operation: '' }
    const slowRequests: { ms: number; description: string }[] = []
    let requests = 0
    let failedHealth = 0
    let sendErrors = 0
    const started = performance.now()

    const run = async (name: string, arbitrary: () => fc.Arbitrary<FuzzRequest>) => {
      for (let done = 0; done < RUNS; done += BATCH) {
        await keepWorldAlive(app, world)
        const result = await fc.check(
          fc.asyncProperty(arbitrary(), async (request) => {
            requests += 1
            let problem: string | undefined
            const t = performance.now()
            try {
              const response = await send(app, world, request)
              const ms = performance.now() - t
              if (slowRequests.length < 5 || ms > (slowRequests[slowRequests.length - 1]?.ms ?? 0)) {
                slowRequests.push({ ms, description: `${response.statusCode} ${describeRequest(request)}` })
                slowRequests.sort((a, b) => b.ms - a.ms).splice(5)
              }
              statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1)
              problem = problemWith(request, response, world)
            } catch (error) {
              sendErrors += 1
              problem = `no answer: ${(error as Error).message}`
            }
            if (!problem) return
            const key = `${name} | ${problem.split(':')[0]}`
            const reproducer = () => `${problem.slice(0, 300)}\n${describeRequest(request)}`
            const size = requestSize(request)
            const seen = problems.get(key)
            if (!seen) problems.set(key, { operation: name, problem, count: 1, smallest: reproducer(), size })
            else {
              seen.count += 1
              if (size < seen.size) Object.assign(seen, { smallest: reproducer(), size })
            }
          }),
          { numRuns: Math.min(BATCH, RUNS - done) },
        )
        if (result.failed)
          console.error(`${label} ${name}: fast-check stopped: ${String(result.errorInstance)}`)
        const t = performance.now()
        const health = await app.inject({ method: 'GET', url: '/api/health' })
        const ms = performance.now() - t
        if (health.statusCode !== 200) failedHealth += 1
        if (ms > slowest.ms) Object.assign(slowest, { ms, operation: name })
      }
    }

    for (const operation of operations) {
      await run(operation.name, () => requestArbitrary(operation, world.ids, document))
    }
    await run('web paths', webRequestArbitrary)

    const seconds = (performance.now() - started) / 1000
    const fiveHundreds = [...statuses].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0)
    console.log(
      `\n${label}: ${requests} requests (${RUNS} on each of ${operations.length} operations and on paths outside the API) in ${seconds.toFixed(0)} s, ${(requests / seconds).toFixed(0)} req/s`,
    )
    console.log(
      `${label}: status codes  ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}: ${n}`)
        .join('  ')}`,
    )
    console.log(`${label}: 5xx answers   ${fiveHundreds}; requests without an answer: ${sendErrors}`)
    console.log(
      `${label}: GET /api/health between batches: worst ${slowest.ms.toFixed(1)} ms (after ${slowest.operation}), ${failedHealth} not 200`,
    )
    console.log(`${label}: slowest requests`)
    for (const slow of slowRequests)
      console.log(`  ${slow.ms.toFixed(0)} ms  ${slow.description.slice(0, 400)}`)
    if (problems.size === 0) console.log(`${label}: no problem found`)
    for (const p of [...problems.values()].sort((a, b) => b.count - a.count)) {
      console.log(`\n${label}: ${p.count} × ${p.operation}\n${p.smallest}`)
    }
  } finally {
    await app.close()
    rmSync(webRoot, { recursive: true, force: true })
  }
}

await onEachDatabase('fuzz', measure)
