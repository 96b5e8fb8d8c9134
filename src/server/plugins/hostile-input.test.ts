import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import { type DebriefContent, emptyDebrief } from '../../domain/debrief'
import { asUser, createTestApp, signUp, testConfig } from '../test-support/app'
import { testDatabases } from '../test-support/databases'

const sqlite = testDatabases[0]
if (!sqlite) throw new Error('no test database')

/** `depth` arrays or objects inside one another. */
function nested(depth: number, kind: 'arrays' | 'objects'): string {
  return kind === 'arrays'
    ? '['.repeat(depth) + ']'.repeat(depth)
    : `${'{"":'.repeat(depth)}1${'}'.repeat(depth)}`
}
/** The repro: 70 arrays nested 1,500 deep, side by side in one array (about 210 KB). */
const wide = `[${Array.from({ length: 70 }, () => nested(1500, 'arrays')).join(',')}]`

const json = { 'content-type': 'application/json' }
const tooDeep = { error: { code: 'json_too_deep', message: expect.any(String) } }
const errorShape = { error: { code: expect.any(String), message: expect.any(String) } }

/** A web build with an index and an asset, so that the static file layer is in play. */
function webBuild(): string {
  const webRoot = mkdtempSync(path.join(tmpdir(), 'rebond-web-'))
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>')
  mkdirSync(path.join(webRoot, 'assets'))
  writeFileSync(path.join(webRoot, 'assets', 'app-1234.js'), 'console.log(1)')
  return webRoot
}

type RawAnswer = { status: number; headers: Record<string, string>; body: string }

/**
 * Sends `request` byte for byte on a new connection to a listening app and reads what comes back
 * until the server closes it (every request here asks it to): the way to send what no HTTP client would (dot segments, CONNECT).
 */
function rawRequest(app: FastifyInstance, request: string): Promise<RawAnswer> {
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('the app is not listening')
  return new Promise((resolve, reject) => {
    const socket = connect(address.port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close while the rest of a huge request is still on its way.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error)
    })
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const [head = '', ...rest] = text.split('\r\n\r\n')
      const [statusLine = '', ...headerLines] = head.split('\r\n')
      const headers = Object.fromEntries(
        headerLines.map((line) => {
          const colon = line.indexOf(':')
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()]
        }),
      )
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body: rest.join('\r\n\r\n') })
    })
    // Written, not ended: a half-closed connection may be dropped before a slow answer is sent.
    socket.write(request)
  })
}

const get = (target: string, method = 'GET') =>
  `${method} ${target} HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n\r\n`

describe('hostile input', () => {
  let app: FastifyInstance
  afterEach(async () => {
    await app?.close()
  })

  describe('deeply nested JSON bodies', () => {
    const deepBodies = [
      ['1,500 arrays ×70', wide],
      ['1,500 objects', nested(1500, 'objects')],
      ['100,000 arrays', nested(100_000, 'arrays')],
      ['65 arrays, one past the limit', nested(65, 'arrays')],
      ['objects and arrays mixed', `${'{"a":['.repeat(1000)}1${']}'.repeat(1000)}`],
    ] as const

    it.each(deepBodies)('%s: 400 json_too_deep on sign-in and on an unknown /api path', async (_, body) => {
      app = await createTestApp(sqlite)
      for (const url of ['/api/auth/login', '/api/does-not-exist']) {
        const response = await app.inject({ method: 'POST', url, headers: json, payload: body })
        expect(response.statusCode, url).toBe(400)
        expect(response.json(), url).toEqual(tooDeep)
      }
    })

    it('says so in the language asked for', async () => {
      app = await createTestApp(sqlite)
      const ask = (language: string) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { ...json, 'accept-language': language },
          payload: wide,
        })
      expect((await ask('en')).json().error.message).toBe('The request body is nested too deeply to be read.')
      expect((await ask('fr')).json().error.message).toBe(
        'Le contenu envoyé est imbriqué trop profondément pour être lu.',
      )
    })

    it('refuses deep bodies on a debrief save, and still saves a real debrief full of brackets', async () => {
      app = await createTestApp(sqlite)
      const user = await signUp(app)
      const created = await asUser(app, user).post('/api/interviews', {
        company: 'Nova Santé',
        role: 'Chargée de mission',
        stage: 'manager',
        date: '2026-03-02T14:00:00Z',
      })
      const url = `/api/interviews/${created.json().interview.id}/debrief`
      const put = (payload: string) =>
        app.inject({ method: 'PUT', url, headers: { ...json, cookie: user.cookie }, payload })

      // The debrief route takes bodies up to 5 MiB: even 100,000 objects deep (500 KB) fits in.
      for (const body of [wide, nested(100_000, 'arrays'), nested(100_000, 'objects')]) {
        const refused = await put(`{"version":0,"debrief":${body}}`)
        expect(refused.statusCode).toBe(400)
        expect(refused.json()).toEqual(tooDeep)
      }

      // Every level a debrief has (body > debrief > lessons > lesson > actions > action), and text
      // that looks nested: brackets inside strings are text, not depth.
      const looksDeep = `${'[{'.repeat(100)}"\\ ${'}]'.repeat(100)}`
      const debrief: DebriefContent = {
        ...emptyDebrief(),
        feelings: { emotions: [], wentWell: looksDeep, note: '' },
        lessons: [
          {
            id: 'l1',
            text: 'Préparer des exemples chiffrés',
            actions: [{ id: 'a1', text: looksDeep, status: 'open', checkBeforeNext: true }],
          },
        ],
      }
      const saved = await put(JSON.stringify({ version: 0, debrief }))
      expect(saved.statusCode, saved.body).toBe(200)
      const read = (await asUser(app, user).get(url)).json()
      expect(read.debrief.lessons[0].actions[0].text).toBe(looksDeep)
      expect(read.debrief.feelings.wentWell).toBe(looksDeep)
    })

    it('still refuses prototype poisoning as malformed JSON, and +json bodies are parsed the same way', async () => {
      app = await createTestApp(sqlite)
      for (const payload of [
        '{"email":"a@b.fr","password":"long enough pw","__proto__":{"admin":true}}',
        '{"email":"a@b.fr","password":"long enough pw","constructor":{"prototype":{"admin":true}}}',
      ]) {
        const response = await app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload })
        expect(response.statusCode, payload).toBe(400)
        expect(response.json().error.code, payload).toBe('invalid_json')
      }
      const merge = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/merge-patch+json; charset=utf-8' },
        payload: wide,
      })
      expect(merge.statusCode).toBe(400)
      expect(merge.json()).toEqual(tooDeep)
    })

    it('keeps /api/health answering while ten deep bodies arrive at once at sign-in', async () => {
      app = await createTestApp(sqlite)
      await app.listen({ port: 0, host: '127.0.0.1' })
      const address = app.server.address()
      if (address === null || typeof address === 'string') throw new Error('not listening')
      const base = `http://127.0.0.1:${address.port}`
      let settled = 0
      const hostile = Array.from({ length: 10 }, () =>
        fetch(`${base}/api/auth/login`, { method: 'POST', headers: json, body: wide }).then(
          async (response) => {
            const body = await response.json()
            settled += 1
            return { status: response.status, body }
          },
        ),
      )
      // Asked again and again for as long as the hostile requests are in flight, at least once.
      const healthStatuses: number[] = []
      do {
        healthStatuses.push((await fetch(`${base}/api/health`)).status)
      } while (settled < hostile.length)
      const answers = await Promise.all(hostile)
      expect(
        healthStatuses.every((status) => status === 200),
        String(healthStatuses),
      ).toBe(true)
      for (const answer of answers) {
        expect(answer.status).toBe(400)
        expect(answer.body).toEqual(tooDeep)
      }
    })
  })

  describe('malformed paths and methods', () => {
    const hostilePaths = [
      '/api/../etc/passwd',
      '/../../etc/passwd',
      '/assets/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fetc/passwd',
      '/assets/..%5c..%5cetc%5cpasswd',
      '/assets/.',
      '/assets/..',
      '/api//me',
      '//etc/passwd',
      '/assets//app-1234.js',
      `/${'a'.repeat(256)}`,
      `/assets/${'a'.repeat(300)}.js`,
      `/api/${'a'.repeat(300)}`,
      '/a%00b',
      '/api/me%00',
    ]

    it('answers every hostile path with a 4xx in the error shape, never a 5xx', async () => {
      app = await createTestApp(sqlite, { webRoot: webBuild() })
      await app.listen({ port: 0, host: '127.0.0.1' })
      for (const target of hostilePaths) {
        const answer = await rawRequest(app, get(target))
        expect(answer.status, target).toBeGreaterThanOrEqual(400)
        expect(answer.status, target).toBeLessThan(500)
        expect(answer.headers['content-type'], target).toContain('application/json')
        expect(JSON.parse(answer.body), target).toMatchObject(errorShape)
        expect(answer.body, target).not.toContain('passwd')
      }
      // The same guard leaves real files and client-side routes alone.
      expect((await rawRequest(app, get('/assets/app-1234.js'))).status).toBe(200)
      expect((await rawRequest(app, get('/interviews/42?tab=notes'))).status).toBe(200)
    })

    it('names what is wrong: an invalid address, or one too long', async () => {
      app = await createTestApp(sqlite, { webRoot: webBuild() })
      const headers = { 'accept-language': 'en' }
      expect((await app.inject({ url: '/api//me', headers })).json()).toEqual({
        error: {
          code: 'bad_request',
          message: 'This address is not valid: check the link or type it again.',
        },
      })
      expect((await app.inject({ url: `/${'é'.repeat(200)}`, headers })).json()).toEqual({
        error: { code: 'uri_too_long', message: 'This address is too long.' },
      })
    })

    it('answers a 403 from a lower layer (the static files) as a 400 in the error shape', async () => {
      app = await createTestApp(sqlite)
      app.get('/api/test-forbidden', async () => {
        throw Object.assign(new Error('Forbidden'), { statusCode: 403 })
      })
      const response = await app.inject({ url: '/api/test-forbidden' })
      expect(response.statusCode).toBe(400)
      expect(response.json().error.code).toBe('bad_request')
    })

    it('answers PROPFIND, TRACE and CONNECT with 405 in the error shape', async () => {
      app = await createTestApp(sqlite, { webRoot: webBuild() })
      await app.listen({ port: 0, host: '127.0.0.1' })
      for (const request of [
        get('/api/me', 'PROPFIND'),
        get('/', 'PROPFIND'),
        get('/api/health', 'TRACE'),
        'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\nAccept-Language: en\r\n\r\n',
      ]) {
        const answer = await rawRequest(app, request)
        expect(answer.status, request).toBe(405)
        expect(answer.headers.allow, request).toContain('GET')
        expect(JSON.parse(answer.body), request).toEqual({
          error: { code: 'method_not_allowed', message: 'This HTTP method is not accepted here.' },
        })
      }
    })

    it("answers what Node's parser refuses (bad request line, 100 KB header) in the error shape", async () => {
      app = await createTestApp(sqlite)
      await app.listen({ port: 0, host: '127.0.0.1' })
      const garbage = await rawRequest(app, 'THIS IS NOT HTTP\r\n\r\n')
      expect(garbage.status).toBe(400)
      expect(JSON.parse(garbage.body)).toEqual({
        error: { code: 'bad_request', message: expect.any(String) },
      })

      const bigHeader = (language: string) =>
        `GET /api/health HTTP/1.1\r\nHost: localhost\r\nAccept-Language: ${language}\r\nX-Filler: ${'a'.repeat(100_000)}\r\n\r\n`
      const en = await rawRequest(app, bigHeader('en'))
      expect(en.status).toBe(431)
      expect(en.headers['content-type']).toContain('application/json')
      expect(JSON.parse(en.body)).toEqual({
        error: {
          code: 'headers_too_large',
          message: "The request's headers are too large. Clear this site's cookies and try again.",
        },
      })
      const fr = await rawRequest(app, bigHeader('fr-FR,fr;q=0.9'))
      expect(JSON.parse(fr.body).error.message).toBe(
        'Les en-têtes de la requête sont trop volumineux. Effacez les cookies de ce site et réessayez.',
      )
      // The server is none the worse for it.
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200)
    })
  })

  describe('load shedding', () => {
    it('answers 503 server_busy with Retry-After in the error shape once the event loop falls behind', async () => {
      // A threshold of 1 ms, so that a loop kept busy for a few moments at a time is enough.
      app = await createTestApp(sqlite, { maxEventLoopDelayMs: 1 })
      let response = await app.inject({ url: '/api/health' })
      // Waits for the state (the monitor samples once a second), never asserting how long it took.
      for (let round = 0; round < 200 && response.statusCode !== 503; round++) {
        const busyUntil = performance.now() + 50
        while (performance.now() < busyUntil) {
          // Keeps the event loop from turning, as a stalled request would.
        }
        await new Promise((resolve) => setImmediate(resolve))
        response = await app.inject({ url: '/api/health', headers: { 'accept-language': 'en' } })
      }
      expect(response.statusCode).toBe(503)
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0)
      expect(response.json()).toEqual({
        error: {
          code: 'server_busy',
          message:
            'The server is very busy right now. Nothing you had saved is lost; try again in a few seconds.',
        },
      })
    })
  })

  describe('caching and origins', () => {
    it('marks every API answer no-store unless the route chose its own caching', async () => {
      app = await createTestApp(sqlite, { webRoot: webBuild() })
      for (const [method, url] of [
        ['GET', '/api/health'],
        ['GET', '/api/me'],
        ['GET', '/api/does-not-exist'],
        ['POST', '/api/auth/login'],
      ] as const) {
        const response = await app.inject({ method, url, ...(method === 'POST' ? { payload: {} } : {}) })
        expect(response.headers['cache-control'], `${method} ${url}`).toBe('no-store')
      }
      const user = await signUp(app)
      expect((await asUser(app, user).get('/api/me')).headers['cache-control']).toBe('no-store')
      // The web app keeps its own rules.
      expect((await app.inject({ url: '/assets/app-1234.js' })).headers['cache-control']).toBe(
        'public, max-age=31536000, immutable',
      )
      expect((await app.inject({ url: '/' })).headers['cache-control']).toBe('no-cache')
    })

    it('treats a page on another scheme as another site', async () => {
      app = await createTestApp(sqlite, { config: testConfig({ trustProxy: true }) })
      const user = await signUp(app)
      const patch = (headers: Record<string, string>) =>
        app.inject({
          method: 'PATCH',
          url: '/api/me',
          headers: { cookie: user.cookie, host: 'rebond.example', ...headers },
          payload: { displayName: 'Changed' },
        })
      // Behind an HTTPS proxy, a plain-HTTP page of the same host is not the same site.
      const downgraded = await patch({ 'x-forwarded-proto': 'https', origin: 'http://rebond.example' })
      expect(downgraded.statusCode).toBe(403)
      expect(downgraded.json().error.code).toBe('forbidden_origin')
      const upgraded = await patch({ origin: 'https://rebond.example' })
      expect(upgraded.statusCode).toBe(403)
      const sameSite = await patch({ 'x-forwarded-proto': 'https', origin: 'https://rebond.example' })
      expect(sameSite.statusCode, sameSite.body).toBe(200)
      const viaReferer = await patch({
        'x-forwarded-proto': 'https',
        referer: 'https://rebond.example:443/settings',
      })
      expect(viaReferer.statusCode, viaReferer.body).toBe(200)
    })
  })
})
