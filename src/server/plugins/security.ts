import type { FastifyBodyParser, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { validationMessage } from '../../shared/validation-messages'
import { ApiError, type ErrorCode } from '../errors'
import { requestLanguage } from '../lib/language'

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The methods this server answers; any other (PROPFIND, TRACE...) gets 405. CONNECT never gets here. */
export const ACCEPTED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
const acceptedMethods: ReadonlySet<string> = new Set(ACCEPTED_METHODS)

/**
 * The deepest nesting of arrays and objects a JSON body may have. The deepest legitimate body, a
 * debrief (body > debrief > lessons > lesson > actions > action), nests 6 levels.
 */
export const MAX_JSON_DEPTH = 64

/** `application/json` is registered by name; this matches the `+json` types (`application/merge-patch+json`). */
const JSON_SUFFIX_TYPE = /^application\/[\w!#$%&'*+.^`|~-]+\+json(?:;|$)/

/** The CSP the web app runs under: nothing inline, nothing from elsewhere. */
export const contentSecurityPolicy = {
  'default-src': ["'self'"],
  // 'wasm-unsafe-eval' lets the page compile WebAssembly (the on-device voice detector, docs/adr/0012) and
  // nothing else: no eval, no inline script, no code from elsewhere.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'script-src-attr': ["'none'"],
  // The service worker (sw.js) and the web app manifest, from this origin only.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
}

/**
 * The protective headers every answer carries, the ones helmet sets with the options we used to give
 * it (CSP above, HSTS for 180 days without subdomains, no COEP), written out once instead of helmet
 * building its middleware again for every request. A route may still set its own (the API reference
 * sends its own CSP): what a route sets later wins.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': Object.entries(contentSecurityPolicy)
    .map(([directive, values]) => `${directive} ${values.join(' ')}`)
    .join(';'),
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  // Only means something over HTTPS; the browser ignores it on plain HTTP.
  'strict-transport-security': 'max-age=15552000',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
})

/**
 * What an API answer carries instead: JSON (or a download, an audio file, a calendar) is never a document, so the
 * headers that steer a document (what it may load, open, prefetch or send as referrer) mean nothing on it. These are the
 * ones OWASP's REST Security Cheat Sheet lists for every API answer, the CSP stricter still (nothing may load, nothing
 * may frame it), and cross-origin-resource-policy, which keeps other sites' pages from reading it (a recording through
 * an <audio> tag). `no-store`: what the API answers is private to whoever asked (a route may choose its own caching,
 * set later, which wins). 268 bytes on each answer instead of 712: `GET /api/me` went from 0.38 to 0.41–0.45 of a bare
 * route's throughput (issue 13, docs/adr/0016). The API reference is a document and keeps the document's set.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': SECURITY_HEADERS['strict-transport-security'] ?? '',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
})

/** True when the Origin (or, failing that, Referer) names a site other than the one being asked. */
export function isCrossSite(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true
  const origin = request.headers.origin ?? refererOrigin(request.headers.referer)
  if (origin === undefined) return false // not a browser request (curl, server-to-server)
  if (origin === 'null') return true
  try {
    // Scheme, host and port: an http:// page is another site for an https:// one. Both sides
    // through URL, so that default ports compare equal (":80" vs nothing).
    return new URL(origin).origin !== new URL(`${request.protocol}://${request.host}`).origin
  } catch {
    return true
  }
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined
  try {
    return new URL(referer).origin
  } catch {
    return 'null'
  }
}

const hasBody = (request: FastifyRequest): boolean =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0

function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false
  const type = contentType.split(';')[0]?.trim().toLowerCase()
  return type === 'application/json' || (type?.startsWith('application/') === true && type.endsWith('+json'))
}

/**
 * Whether `text` nests arrays and objects deeper than `maxDepth`, told in one pass over the raw
 * text without parsing it (brackets inside strings do not count). A body nested thousands deep
 * would otherwise cost every recursive walk over it, or overflow the stack, before anyone is signed in.
 */
export function jsonNestingExceeds(text: string, maxDepth: number): boolean {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) i = closingQuote(text, i + 1)
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth++
      if (depth > maxDepth) return true
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth--
  }
  return false
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d

/** Where the string whose content starts at `from` ends: its closing quote, or the end of the text. */
function closingQuote(text: string, from: number): number {
  let at = text.indexOf('"', from)
  while (at !== -1) {
    // A quote preceded by an odd number of backslashes is escaped. Each run of backslashes is
    // counted once (it sits before one quote only), so the scan stays linear.
    let backslashes = 0
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++
    if (backslashes % 2 === 0) return at
    at = text.indexOf('"', at + 1)
  }
  return text.length
}

/**
 * Fastify's JSON parser (with its `__proto__` and `constructor` protections), behind the nesting
 * check above. Registered with `parseAs: 'string'`, so every route's body limit still applies.
 */
function jsonBodyParser(app: FastifyInstance): FastifyBodyParser<string> {
  const parse = app.getDefaultJsonParser(
    app.initialConfig.onProtoPoisoning ?? 'error',
    app.initialConfig.onConstructorPoisoning ?? 'error',
  )
  return (request, body, done) => {
    if (jsonNestingExceeds(body, MAX_JSON_DEPTH)) {
      done(new ApiError('json_too_deep'), undefined)
      return
    }
    parse(request, body, done)
  }
}

type PathNode = { parent: PathNode; segment: string } | undefined

function pathText(node: PathNode): string {
  const segments: string[] = []
  for (let at = node; at !== undefined; at = at.parent) segments.push(at.segment)
  return segments.length > 0 ? segments.reverse().join('.') : '_'
}

/**
 * Paths (`displayName`, `steps.0.text`) of the strings holding a NUL character in parsed JSON or a
 * query. PostgreSQL refuses NUL in text (and SQLite would cut the string there), so it never gets that far.
 * Walked with a stack of its own (however deep the value, the call stack does not grow), in document
 * order; a path is only spelled out when something is found there.
 */
export function nulCharacterPaths(value: unknown): string[] {
  const found: string[] = []
  // Last in, first out: children are pushed in reverse so that they come out in order.
  const work: ({ value: unknown; at: PathNode } | { report: PathNode })[] = [{ value, at: undefined }]
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    if ('report' in item) {
      found.push(pathText(item.report))
      continue
    }
    const { value: current, at } = item
    if (typeof current === 'string') {
      if (current.includes('\u0000')) found.push(pathText(at))
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) {
        work.push({ value: current[index], at: { parent: at, segment: String(index) } })
      }
    } else if (current !== null && typeof current === 'object' && !Buffer.isBuffer(current)) {
      const entries = Object.entries(current)
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, child] = entries[index] as [string, unknown]
        // A NUL in a key is reported on the object holding it.
        if (key.includes('\u0000')) work.push({ report: at })
        else work.push({ value: child, at: { parent: at, segment: key } })
      }
    }
  }
  return found
}

/** Letters, digits, `-`, `_`, and single slashes, with dots only inside a segment (`index-1a2b.js`), before any query. */
const PLAIN_PATH = /^(?:\/[\w-]+(?:\.[\w-]+)*)+\/?(?:\?|$)|^\/(?:\?|$)/

/**
 * What is wrong with a request path no file or route could answer, if anything: a dot segment
 * (`..`, `%2e%2e`, `..%2f`), an empty segment (`/api//me`), or a segment over 255 bytes (longer
 * than any file name). The query string is not looked at, and a NUL is left to the check before
 * validation, which names the path parameter holding it.
 */
export function malformedPath(url: string): ErrorCode | undefined {
  // Most paths (`/api/me`, `/assets/index-1a2b.js`) hold nothing to decode and no dot segment: said at once.
  if (url.length <= 255 && PLAIN_PATH.test(url)) return undefined
  const queryAt = url.indexOf('?')
  // The absolute form (`GET http://host/path`) is allowed by HTTP/1.1: its path is what counts.
  const pathname = (queryAt === -1 ? url : url.slice(0, queryAt)).replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '')
  // `OPTIONS *` and the like name no file and no route: nothing to guard.
  if (!pathname.startsWith('/')) return undefined
  const segments = pathname.slice(1).split('/')
  for (const [index, raw] of segments.entries()) {
    // One trailing slash is fine (`/api/`); an empty segment anywhere else is not.
    if (raw === '') {
      if (index === segments.length - 1) continue
      return 'bad_request'
    }
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return 'bad_request'
    }
    if (segment.split(/[/\\]/).some((part) => part === '.' || part === '..')) return 'bad_request'
    if (Buffer.byteLength(segment) > 255) return 'uri_too_long'
  }
  return undefined
}

const isApiPath = (url: string): boolean =>
  url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')

/** The API reference's pages (plugins/openapi.ts) are documents, under /api. */
const isApiReference = (url: string): boolean => /^\/api\/docs(?:[/?]|$)/.test(url)

export type SecurityOptions = {
  /** Paths allowed a non-JSON body (an audio upload), each with the content types it accepts. */
  rawBodyRoutes?: { path: RegExp; contentTypes: RegExp }[]
}

export const securityPlugin = fp(
  async (app: FastifyInstance, options: SecurityOptions) => {
    // Browsers send form posts as text/plain without a CORS preflight: refusing it closes that door.
    app.removeContentTypeParser('text/plain')
    // JSON goes through a parser that refuses absurd nesting before anything walks it.
    app.removeContentTypeParser('application/json')
    const parseJson = jsonBodyParser(app)
    app.addContentTypeParser('application/json', { parseAs: 'string' }, parseJson)
    app.addContentTypeParser(JSON_SUFFIX_TYPE, { parseAs: 'string' }, parseJson)

    const rawBodyRoutes = options.rawBodyRoutes ?? []
    /** Why a request is refused before anything else looks at it, if it is. */
    const refusal = (request: FastifyRequest, reply: FastifyReply): ApiError | undefined => {
      // A path that cannot name a file or a route, or a method nothing here answers, gets a plain
      // 4xx (the static file layer would otherwise throw a 403).
      if (!acceptedMethods.has(request.method)) {
        reply.header('allow', ACCEPTED_METHODS.join(', '))
        return new ApiError('method_not_allowed')
      }
      const problem = malformedPath(request.url)
      if (problem) return new ApiError(problem)
      if (!STATE_CHANGING.has(request.method)) return undefined
      if (isCrossSite(request)) return new ApiError('forbidden_origin')
      const path = request.url.split('?')[0] ?? ''
      const contentType = request.headers['content-type'] ?? ''
      const rawAllowed = rawBodyRoutes.some((r) => r.path.test(path) && r.contentTypes.test(contentType))
      if (hasBody(request) && !isJson(contentType) && !rawAllowed)
        return new ApiError('unsupported_media_type')
      return undefined
    }

    // One synchronous hook for every request (a hook costs a turn of the promise machinery when async).
    app.addHook('onRequest', (request, reply, done) => {
      const { url } = request
      if (!isApiPath(url)) reply.headers(SECURITY_HEADERS)
      else if (isApiReference(url)) reply.headers(SECURITY_HEADERS).header('cache-control', 'no-store')
      else reply.headers(API_SECURITY_HEADERS)
      done(refusal(request, reply))
    })

    // Before schema validation, so that no route has to think about it.
    app.addHook('preValidation', (request, _reply, done) => {
      const paths = [
        ...nulCharacterPaths(request.params),
        ...nulCharacterPaths(request.query),
        ...nulCharacterPaths(request.body),
      ]
      if (paths.length === 0) return done()
      const message = validationMessage('invisible_character', requestLanguage(request))
      done(new ApiError('validation_failed', Object.fromEntries(paths.map((p) => [p, message]))))
    })
  },
  { name: 'rebond-security' },
)
