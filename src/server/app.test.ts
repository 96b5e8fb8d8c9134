import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestApp, signUp } from './test-support/app'
import { testDatabases } from './test-support/databases'

const sqlite = testDatabases[0]
if (!sqlite) throw new Error('no test database')

describe('HTTP conventions and security defaults', () => {
  let app: FastifyInstance
  afterEach(async () => {
    await app?.close()
  })

  it('GET /api/health answers {"status":"ok"}', async () => {
    app = await createTestApp(sqlite)
    const response = await app.inject({ url: '/api/health' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok' })
  })

  it('sends the web app with a strict Content-Security-Policy and the usual protective headers', async () => {
    const webRoot = mkdtempSync(path.join(tmpdir(), 'rebond-web-'))
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>')
    app = await createTestApp(sqlite, { webRoot })
    const response = await app.inject({ url: '/home', headers: { accept: 'text/html' } })
    expect(response.headers['content-type']).toContain('text/html')
    const csp = String(response.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    // WebAssembly may be compiled (the voice detector), JavaScript may not be evaluated or inlined.
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain("'unsafe-eval'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin')
    expect(response.headers['referrer-policy']).toBe('no-referrer')
  })

  it('gives an API answer the headers an API answer needs, not a document’s', async () => {
    app = await createTestApp(sqlite)
    const user = await signUp(app)
    for (const response of [
      await app.inject({ url: '/api/health' }),
      await app.inject({ url: '/api/me', headers: { cookie: user.cookie } }),
      await app.inject({ url: '/api/does/not/exist' }),
    ]) {
      const url = response.raw.req.url
      // Nothing may load from it nor frame it, no browser may guess its type, no cache keep it, no other site read it.
      expect(response.headers['content-security-policy'], url).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      )
      expect(response.headers['x-content-type-options'], url).toBe('nosniff')
      expect(response.headers['x-frame-options'], url).toBe('DENY')
      expect(response.headers['cache-control'], url).toBe('no-store')
      expect(response.headers['cross-origin-resource-policy'], url).toBe('same-origin')
      expect(response.headers['strict-transport-security'], url).toBe('max-age=15552000')
      expect(response.headers['referrer-policy'], url).toBe('no-referrer')
      // What steers a document only is left out.
      for (const name of ['cross-origin-opener-policy', 'origin-agent-cluster', 'x-dns-prefetch-control'])
        expect(response.headers[name], `${url} ${name}`).toBeUndefined()
    }
    // The API reference is a document: it keeps the document's headers, and is not kept by a cache either.
    const docs = await app.inject({ url: '/api/docs/' })
    expect(docs.headers['content-type']).toContain('text/html')
    expect(docs.headers['cross-origin-opener-policy']).toBe('same-origin')
    expect(docs.headers['x-dns-prefetch-control']).toBe('off')
    expect(docs.headers['cache-control']).toBe('no-store')
  })

  it('gives the page’s headers to the API reference only, not to an API path that merely starts like it', async () => {
    app = await createTestApp(sqlite)
    for (const url of ['/api/docs', '/api/docs/', '/api/docs?lang=fr', '/api/docs/static/index.html']) {
      const response = await app.inject({ url })
      expect(response.headers['x-dns-prefetch-control'], url).toBe('off')
      expect(response.headers['cache-control'], url).toBe('no-store')
    }
    for (const url of ['/api/docsx', '/api/docs-private', '/api/me/docs', '/api?docs', '/api']) {
      const response = await app.inject({ url })
      expect(response.headers['content-security-policy'], url).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      )
      expect(response.headers['x-dns-prefetch-control'], url).toBeUndefined()
      expect(response.headers['cache-control'], url).toBe('no-store')
    }
  })

  it('an unknown /api path is a JSON 404; any other path serves the web app', async () => {
    const webRoot = mkdtempSync(path.join(tmpdir(), 'rebond-web-'))
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>')
    mkdirSync(path.join(webRoot, 'assets'))
    writeFileSync(path.join(webRoot, 'assets', 'app-1234.js'), 'console.log(1)')
    app = await createTestApp(sqlite, { webRoot })
    const asset = await app.inject({ url: '/assets/app-1234.js' })
    expect(asset.statusCode).toBe(200)
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    // A file added after start (a rebuild while running) is served too.
    writeFileSync(path.join(webRoot, 'assets', 'later-5678.js'), 'console.log(2)')
    expect((await app.inject({ url: '/assets/later-5678.js' })).statusCode).toBe(200)
    const root = await app.inject({ url: '/' })
    expect(root.statusCode, root.body).toBe(200)
    expect(root.body).toContain('<div id="root">')
    const api = await app.inject({ url: '/api/does/not/exist' })
    expect(api.statusCode).toBe(404)
    expect(api.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } })
    const page = await app.inject({ url: '/account/settings?tab=1', headers: { accept: 'text/html' } })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toContain('text/html')
    expect(page.body).toContain('<div id="root">')
    expect(page.headers['cache-control']).toBe('no-cache')
  })

  it('names a first page’s modules in a Link header with index.html, in the language the browser asks', async () => {
    const webRoot = mkdtempSync(path.join(tmpdir(), 'rebond-web-'))
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>')
    const preloads = [
      {
        path: '^/$',
        files: {
          fr: ['assets/welcome.js', 'assets/texts-fr.js'],
          en: ['assets/welcome.js', 'assets/texts-en.js'],
        },
      },
      { path: '^/login$', files: { fr: ['assets/index.css', 'assets/login.js'], en: ['assets/login.js'] } },
    ]
    writeFileSync(path.join(webRoot, 'page-preloads.json'), JSON.stringify(preloads))
    app = await createTestApp(sqlite, { webRoot })
    const welcome = await app.inject({ url: '/', headers: { 'accept-language': 'en-GB,en;q=0.8' } })
    expect(welcome.headers.link).toBe(
      '</assets/welcome.js>; rel=modulepreload, </assets/texts-en.js>; rel=modulepreload',
    )
    const french = await app.inject({ url: '/?from=mail' })
    expect(french.headers.link).toBe(
      '</assets/welcome.js>; rel=modulepreload, </assets/texts-fr.js>; rel=modulepreload',
    )
    // A stylesheet is preloaded as index.html asks it, with CORS.
    expect((await app.inject({ url: '/login' })).headers.link).toBe(
      '</assets/index.css>; rel=preload; as=style; crossorigin, </assets/login.js>; rel=modulepreload',
    )
    // Other pages, the API and files carry none.
    expect((await app.inject({ url: '/account' })).headers.link).toBeUndefined()
    expect((await app.inject({ url: '/api/auth/session' })).headers.link).toBeUndefined()
    expect((await app.inject({ url: '/page-preloads.json' })).headers.link).toBeUndefined()
  })

  it('names a signed-in first page’s API reads in its Link header only when the request carries a session', async () => {
    const webRoot = mkdtempSync(path.join(tmpdir(), 'rebond-web-'))
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>')
    const files = { fr: ['assets/home.js'], en: ['assets/home.js'] }
    const preloads = [
      { path: '^/home$', files },
      { path: '^/interviews/[^/]+/debrief(/[^/]+)?$', files },
    ]
    writeFileSync(path.join(webRoot, 'page-preloads.json'), JSON.stringify(preloads))
    app = await createTestApp(sqlite, { webRoot })
    const read = (address: string) => `<${address}>; rel=preload; as=fetch; crossorigin`
    const session = { cookie: 'rebond_session=whatever' }
    expect((await app.inject({ url: '/home', headers: session })).headers.link).toBe(
      [
        '</assets/home.js>; rel=modulepreload',
        read('/api/auth/session'),
        read('/api/sharing/links'),
        read('/api/home'),
        read('/api/feedback/follow-ups'),
      ].join(', '),
    )
    expect(
      (await app.inject({ url: '/interviews/abc-123/debrief/replay', headers: session })).headers.link,
    ).toBe(
      [
        '</assets/home.js>; rel=modulepreload',
        read('/api/auth/session'),
        read('/api/sharing/links'),
        read('/api/interviews/abc-123'),
        read('/api/interviews/abc-123/debrief'),
      ].join(', '),
    )
    // No session, a query string, or an id no interview has: the files only, and never a broken header.
    expect((await app.inject({ url: '/home' })).headers.link).toBe('</assets/home.js>; rel=modulepreload')
    expect((await app.inject({ url: '/home?from=mail', headers: session })).headers.link).toBe(
      '</assets/home.js>; rel=modulepreload',
    )
    for (const id of ['a%3E%2C%20%3Cx', 'a;b', '%E2%9C%93', 'a%0d%0aSet-Cookie:x']) {
      const odd = await app.inject({ url: `/interviews/${id}/debrief`, headers: session })
      expect(odd.statusCode, id).toBe(200)
      expect(odd.headers.link, id).toBe('</assets/home.js>; rel=modulepreload')
    }
  })

  it('sends the build precompressed as the browser accepts, and compresses larger answers', async () => {
    const webRoot = mkdtempSync(path.join(tmpdir(), 'rebond-web-'))
    const html = `<!doctype html><div id="root"></div>${'<!-- padding -->'.repeat(100)}`
    const script = `console.log(${JSON.stringify('x'.repeat(4000))})`
    writeFileSync(path.join(webRoot, 'index.html'), html)
    // Each precompressed file carries a mark, to tell it from a compression made on the fly.
    writeFileSync(path.join(webRoot, 'index.html.br'), brotliCompressSync(`${html}<!--br-->`))
    writeFileSync(path.join(webRoot, 'index.html.gz'), gzipSync(`${html}<!--gz-->`))
    mkdirSync(path.join(webRoot, 'assets'))
    writeFileSync(path.join(webRoot, 'assets', 'app-1234.js'), script)
    writeFileSync(path.join(webRoot, 'assets', 'app-1234.js.br'), brotliCompressSync(`${script}//br`))
    writeFileSync(path.join(webRoot, 'assets', 'app-1234.js.gz'), gzipSync(`${script}//gz`))
    app = await createTestApp(sqlite, { webRoot })

    const br = await app.inject({ url: '/assets/app-1234.js', headers: { 'accept-encoding': 'br, gzip' } })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toMatch(/accept-encoding/i)
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(`${script}//br`)
    const gz = await app.inject({ url: '/assets/app-1234.js', headers: { 'accept-encoding': 'gzip' } })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.rawPayload).toString()).toBe(`${script}//gz`)
    const plain = await app.inject({ url: '/assets/app-1234.js', headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(script)

    // A page of the app (index.html for the client-side router), revalidated at each load.
    const page = await app.inject({ url: '/home', headers: { 'accept-encoding': 'br' } })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-encoding']).toBe('br')
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(brotliDecompressSync(page.rawPayload).toString()).toBe(`${html}<!--br-->`)

    // An API answer over a kilobyte is compressed on the fly.
    const openapi = await app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } })
    expect(openapi.statusCode).toBe(200)
    expect(openapi.headers['content-encoding']).toBe('gzip')
    expect(JSON.parse(gunzipSync(openapi.rawPayload).toString())).toHaveProperty('openapi')
  })

  it('refuses a state-changing request from another site with 403', async () => {
    app = await createTestApp(sqlite)
    const user = await signUp(app)
    const fromElsewhere = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: user.cookie, origin: 'https://evil.example' },
      payload: { displayName: 'Hacked' },
    })
    expect(fromElsewhere.statusCode).toBe(403)
    expect(fromElsewhere.json().error.code).toBe('forbidden_origin')
    const viaReferer = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: user.cookie, referer: 'https://evil.example/page' },
    })
    expect(viaReferer.statusCode).toBe(403)
    const nullOrigin = await app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { cookie: user.cookie, origin: 'null' },
    })
    expect(nullOrigin.statusCode).toBe(403)
    // Still signed in with the same name: nothing changed.
    const me = await app.inject({ url: '/api/me', headers: { cookie: user.cookie } })
    expect(me.json().user.displayName).not.toBe('Hacked')

    const sameSite = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: user.cookie, origin: 'http://localhost:80', host: 'localhost:80' },
      payload: { displayName: 'Fine' },
    })
    expect(sameSite.statusCode).toBe(200)
  })

  it('accepts JSON only for state-changing requests (415 for forms and text)', async () => {
    app = await createTestApp(sqlite)
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': contentType },
        payload: 'email=a@b.c&password=1234567890',
      })
      expect(response.statusCode, contentType).toBe(415)
      expect(response.json().error.code).toBe('unsupported_media_type')
    }
  })

  it('answers 400 for malformed JSON and 413 for a body over the limit', async () => {
    app = await createTestApp(sqlite, { bodyLimit: 1024 })
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    })
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().error.code).toBe('invalid_json')
    const huge = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        email: 'a@b.fr',
        password: 'x'.repeat(5000),
        displayName: 'A',
        language: 'fr',
      }),
    })
    expect(huge.statusCode).toBe(413)
    expect(huge.json().error.code).toBe('payload_too_large')
  })

  it("answers a malformed or over-long URL in the API's error shape, in the request's language", async () => {
    app = await createTestApp(sqlite)
    const badUrl = await app.inject({ url: '/api/interviews/%E0%A4%A', headers: { 'accept-language': 'en' } })
    expect(badUrl.statusCode).toBe(400)
    expect(badUrl.headers['content-type']).toContain('application/json')
    expect(badUrl.json()).toEqual({
      error: { code: 'bad_request', message: 'This address is not valid: check the link or type it again.' },
    })
    const badUrlFr = await app.inject({ url: '/api/interviews/%E0%A4%A' })
    expect(badUrlFr.json().error.message).toBe(
      "Cette adresse n'est pas valide : vérifiez le lien ou retapez-le.",
    )

    const longParam = await app.inject({ url: `/api/interviews/${'a'.repeat(101)}` })
    expect(longParam.statusCode).toBe(414)
    expect(longParam.json()).toEqual({
      error: { code: 'uri_too_long', message: 'Cette adresse est trop longue.' },
    })
  })

  it('never lets a stack trace or internal message leave the server', async () => {
    app = await createTestApp(sqlite)
    app.get('/api/test-explode', async () => {
      throw new Error('database password is hunter2')
    })
    const response = await app.inject({ url: '/api/test-explode', headers: { 'accept-language': 'en' } })
    expect(response.statusCode).toBe(500)
    expect(response.json()).toEqual({ error: { code: 'internal_error', message: expect.any(String) } })
    expect(response.body).not.toContain('hunter2')
    expect(response.body).not.toContain('at ')
  })

  it('publishes the OpenAPI document and a browsable reference', async () => {
    app = await createTestApp(sqlite)
    const doc = await app.inject({ url: '/api/openapi.json' })
    expect(doc.statusCode).toBe(200)
    const spec = doc.json()
    expect(spec.openapi).toMatch(/^3\./)
    for (const route of [
      '/api/health',
      '/api/ready',
      '/api/auth/signup',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/me',
      '/api/me/password',
    ]) {
      expect(spec.paths, route).toHaveProperty([route])
    }
    expect(
      spec.paths['/api/auth/signup'].post.requestBody.content['application/json'].schema.properties,
    ).toHaveProperty('displayName')
    const docs = await app.inject({ url: '/api/docs/' })
    expect(docs.statusCode).toBe(200)
    expect(docs.headers['content-type']).toContain('text/html')
  })
})
