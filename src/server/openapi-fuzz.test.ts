import { rmSync } from 'node:fs'
import fc from 'fast-check'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from './test-support/app'
import { type TestDatabase, testDatabases } from './test-support/databases'
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
  send,
  webRequestArbitrary,
} from './test-support/openapi-fuzz'

// The operations come from the OpenAPI document itself, read once here, so that a route added
// later gets its own test below without anyone listing it. (The document is the same on every database.)
const documentApp = await createTestApp(testDatabases[0] as TestDatabase)
const document = await fetchOpenApi(documentApp)
await documentApp.close()
const operations = operationsOf(document)

// A few runs per operation keeps the file under ~20 s per database; bench/fuzz-api.ts runs thousands.
// No fixed seed: each run explores new inputs, and a failure prints the seed and path to replay it.
const RUNS_PER_OPERATION = 35

describe.each(testDatabases)('every operation of the OpenAPI document, fuzzed, on $kind', (database) => {
  let app: FastifyInstance
  let world: FuzzWorld
  const webRoot = fakeWebRoot()

  beforeAll(async () => {
    // Load shedding off: a 503 because a busy CI machine starved the event loop is not the routes'
    // doing (it has its own tests); bench:fuzz runs with it on.
    app = await createTestApp(database, { webRoot, maxEventLoopDelayMs: false })
    world = await createWorld(app)
  })
  afterAll(async () => {
    await app?.close()
    rmSync(webRoot, { recursive: true, force: true })
  })

  const fuzz = async (requests: fc.Arbitrary<FuzzRequest>) => {
    await fc.assert(
      fc.asyncProperty(requests, async (request) => {
        const response = await send(app, world, request)
        const problem = problemWith(request, response, world)
        if (problem) throw new Error(`${problem}\n${describeRequest(request)}`)
      }),
      { numRuns: RUNS_PER_OPERATION },
    )
    // Still answering after the batch.
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
  }

  it('finds the API in the document', () => {
    expect(operations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'POST /api/auth/signup',
        'GET /api/interviews/{id}',
        'PUT /api/interviews/{id}/debrief',
      ]),
    )
  })

  it("aims at real ids: the owner has one of each thing the fuzzer's seeding creates", () => {
    // When a route's contract changes, seedOwner in test-support/openapi-fuzz.ts follows; otherwise
    // the fuzzer would only ever hit 404s there.
    expect(new Set(world.ids.owned.values())).toEqual(
      new Set([
        'interview',
        'upcoming interview',
        'application',
        'rebound',
        'card',
        'attempt',
        'mood',
        'mock interview',
        'sharing link',
        'session',
      ]),
    )
  })

  it.each(operations.map((operation) => [operation.name, operation] as const))(
    '%s: never a 5xx, every error in the error shape, nothing of one person for another',
    async (_, operation) => {
      await keepWorldAlive(app, world)
      await fuzz(requestArbitrary(operation, world.ids, document))
    },
    // Room for fast-check to shrink a failure to its smallest form.
    60_000,
  )

  it('paths outside the API (the web app and its static files) never answer 5xx', async () => {
    await fuzz(webRequestArbitrary())
  }, 60_000)
})
