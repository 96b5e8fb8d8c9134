import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { type AddressInfo, connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

const freshDataDir = () => mkdtempSync(path.join(tmpdir(), 'rebond-srv-'))

/** The server in a child process, on SQLite in a fresh data directory unless `env` names one. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/server.ts')], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'info', DATA_DIR: freshDataDir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (c: Buffer) => {
    output += c.toString()
  })
  child.stderr?.on('data', (c: Buffer) => {
    output += c.toString()
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, exited, output: () => output }
}

async function listeningPort(server: { output: () => string; child: ChildProcess }): Promise<number> {
  // Up to 40 s: under a heavy load (a shared machine at load 20) tsx alone took more than 15 s.
  for (let i = 0; i < 800; i++) {
    const match = server.output().match(/Server listening at http:\/\/127\.0\.0\.1:(\d+)/)
    if (match?.[1]) return Number(match[1])
    if (server.child.exitCode !== null) break
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`server did not start:\n${server.output()}`)
}

/** Waits for a state (never for a duration): polls until it holds, and fails if it never does. */
async function waitUntil(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`gave up waiting for ${what}`)
}

/** Whether a new TCP connection to the port is refused, rather than accepted. */
function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(port, '127.0.0.1')
    probe.once('connect', () => {
      probe.destroy()
      resolve(false)
    })
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'))
  })
}

describe('server.ts', () => {
  it('stops at start-up with one clear line when a setting is wrong', async () => {
    const server = startServer({ PORT: 'not-a-port' })
    expect(await server.exited).toBe(1)
    expect(server.output().trim()).toBe('Invalid configuration: PORT must be a number (got "not-a-port")')
  })

  it('names every wrong setting at once, one line each', async () => {
    const server = startServer({ PORT: 'not-a-port', HOST: 'my host', LOG_LEVEL: 'loud' })
    expect(await server.exited).toBe(1)
    expect(server.output().trim().split('\n')).toEqual([
      'Invalid configuration: PORT must be a number (got "not-a-port")',
      'Invalid configuration: HOST must be a host name or an IP address, without spaces (got "my host")',
      expect.stringMatching(/^Invalid configuration: LOG_LEVEL must be one of .* \(got "loud"\)$/),
    ])
  })

  it('says in one line that PORT is taken, even with LOG_LEVEL=silent', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const { port } = taken.address() as AddressInfo
    try {
      const server = startServer({ PORT: String(port), LOG_LEVEL: 'silent' })
      expect(await server.exited).toBe(1)
      const lines = server.output().trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(new RegExp(`^Rebond could not start: PORT ${port} is already in use`))
    } finally {
      await new Promise((resolve) => taken.close(resolve))
    }
  })

  it('says in one line that HOST is not an address of this machine, even with LOG_LEVEL=silent', async () => {
    const server = startServer({ PORT: '0', HOST: '203.0.113.7', LOG_LEVEL: 'silent' })
    expect(await server.exited).toBe(1)
    const lines = server.output().trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Rebond could not start: HOST 203\.0\.113\.7 /)
  })

  it('says in one line that DATABASE_URL cannot be reached, without its password', async () => {
    const server = startServer({ PORT: '0', DATABASE_URL: 'postgres://rebond:hunter2@127.0.0.1:1/rebond' })
    expect(await server.exited).toBe(1)
    const lines = server.output().trim().split('\n')
    expect(lines).toEqual([
      expect.stringMatching(
        /^Rebond could not start: DATABASE_URL postgres:\/\/rebond:\*\*\*@127\.0\.0\.1:1\/rebond cannot be reached \(.+\)$/,
      ),
    ])
    expect(server.output()).not.toContain('hunter2')
  })

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s refuses new connections, finishes the request in flight, then closes the database cleanly',
    async (signal) => {
      const dataDir = freshDataDir()
      const server = startServer({ PORT: '0', DATA_DIR: dataDir })
      const port = await listeningPort(server)
      try {
        // A request whose body is still to come when the signal arrives. With `Expect: 100-continue`
        // the server says when it has read the headers, so the request is known to be in flight.
        const body = JSON.stringify({ email: 'late@example.com', password: 'some password' })
        const socket = connect(port, '127.0.0.1')
        await new Promise((r) => socket.once('connect', r))
        let response = ''
        socket.on('data', (c) => {
          response += c.toString()
        })
        const closed = new Promise((r) => socket.once('close', r))
        socket.write(
          `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
        )
        await waitUntil(() => response.startsWith('HTTP/1.1 100 Continue'), 'the server to ask for the body')

        server.child.kill(signal)
        await waitUntil(() => server.output().includes('shutting down'), 'the shutdown to start')
        // Closing has started and the request in flight keeps the process alive: a newcomer is turned away.
        await waitUntil(() => connectionRefused(port), 'new connections to be refused')
        expect(server.child.exitCode).toBeNull()

        socket.write(body)
        await closed

        expect(response).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 401 /)
        expect(response).toContain('invalid_credentials')
        expect(await server.exited).toBe(0)
        expect(server.output()).toContain(`"signal":"${signal}"`)
        // SQLite removes its write-ahead log when the last connection closes cleanly.
        expect(existsSync(path.join(dataDir, 'rebond.db'))).toBe(true)
        expect(existsSync(path.join(dataDir, 'rebond.db-wal'))).toBe(false)
      } finally {
        // A failed run must not leave its server behind.
        if (server.child.exitCode === null) server.child.kill('SIGKILL')
      }
    },
    60_000,
  )
})
