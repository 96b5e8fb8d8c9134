import { createConnection, createServer, type Server, type Socket } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestApp, signUp } from '../test-support/app'
import { createTestSchema } from '../test-support/postgres-schemas'
import { DatabaseUnavailableError, isDatabaseUnavailable, openDatabase, pingDatabase } from './connection'

// A PostgreSQL that stalls (a hung server, a network that drops packets without a word) must give a clear
// answer, never a request that waits forever.

/** A TCP server that accepts every connection and never says a word: a stalled database. */
async function silentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  const port = await listen(server)
  return {
    url: `postgres://rebond@127.0.0.1:${port}/rebond`,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : 0)
    })
  })
}

/**
 * Forwards connections to a real PostgreSQL until `stall()`: from then on nothing more is forwarded either
 * way, on the connections already open and on new ones, which are accepted and left unanswered.
 */
async function stallingProxy(
  target: URL,
): Promise<{ port: number; stall: () => void; close: () => Promise<void> }> {
  let stalled = false
  const sockets = new Set<Socket>()
  const track = (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
  }
  const server = createServer((client) => {
    track(client)
    if (stalled) return
    const upstream = createConnection({ host: target.hostname, port: Number(target.port || 5432) })
    track(upstream)
    client.on('data', (chunk) => {
      if (!stalled) upstream.write(chunk)
    })
    upstream.on('data', (chunk) => {
      if (!stalled) client.write(chunk)
    })
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })
  const port = await listen(server)
  return {
    port,
    stall: () => {
      stalled = true
    },
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

describe('a PostgreSQL that accepts connections and never answers', () => {
  let cleanup: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const step of cleanup.reverse()) await step()
    cleanup = []
  })

  it('fails the query with a "database unavailable" error once the connection timeout passes', async () => {
    const silent = await silentServer()
    cleanup.push(silent.close)
    const handle = openDatabase({ kind: 'postgres', connectionString: silent.url, connectionTimeoutMs: 300 })
    cleanup.push(handle.close)

    const failure = await pingDatabase(handle).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(DatabaseUnavailableError)
    expect(isDatabaseUnavailable(failure)).toBe(true)
    expect(String((failure as Error).message)).toMatch(/timeout/i)
  })
})

const postgresUrl = process.env.TEST_DATABASE_URL

describe.runIf(postgresUrl)('the app when its PostgreSQL stalls while it runs', () => {
  let app: FastifyInstance | undefined
  let cleanup: (() => Promise<void>)[] = []
  afterEach(async () => {
    // The stalled connections end first (with the proxy), so that closing the pool does not wait on them.
    for (const step of cleanup.reverse()) await step()
    cleanup = []
    await app?.close()
    app = undefined
  })

  it('answers 503 not_ready with a Retry-After instead of holding the request', async () => {
    const url = new URL(postgresUrl ?? '')
    const { schema, drop } = await createTestSchema(postgresUrl ?? '')
    cleanup.push(drop)
    const proxy = await stallingProxy(url)
    const viaProxy = new URL(url)
    viaProxy.hostname = '127.0.0.1'
    viaProxy.port = String(proxy.port)
    app = await createTestApp({
      kind: 'postgres',
      open: async () =>
        openDatabase({
          kind: 'postgres',
          connectionString: viaProxy.toString(),
          searchPath: schema,
          max: 2,
          connectionTimeoutMs: 500,
          queryTimeoutMs: 2_000,
        }),
    })
    cleanup.push(proxy.close)
    const user = await signUp(app)
    const before = await app.inject({ url: '/api/interviews', headers: { cookie: user.cookie } })
    expect(before.statusCode).toBe(200)

    proxy.stall()
    // Past the one second an instance reuses a session (ADR 0008): the session is read again, and waits.
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    // Both kinds of wait: a connection the pool already holds, and a new one (more requests than it keeps).
    const answers = await Promise.all(
      [1, 2, 3].map(() => app?.inject({ url: '/api/interviews', headers: { cookie: user.cookie } })),
    )
    for (const answer of answers) {
      expect(answer?.statusCode).toBe(503)
      expect(answer?.json()).toMatchObject({ error: { code: 'not_ready' } })
      expect(answer?.headers['retry-after']).toBe('5')
    }
  })
})
