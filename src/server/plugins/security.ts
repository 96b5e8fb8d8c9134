import helmet from '@fastify/helmet'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { validationMessage } from '../../shared/validation-messages'
import { ApiError } from '../errors'
import { requestLanguage } from '../lib/language'

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The CSP the web app runs under: nothing inline, nothing from elsewhere. */
export const contentSecurityPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
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
}

/** True when the Origin (or, failing that, Referer) names a site other than the one being asked. */
export function isCrossSite(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true
  const origin = request.headers.origin ?? refererOrigin(request.headers.referer)
  if (origin === undefined) return false // not a browser request (curl, server-to-server)
  if (origin === 'null') return true
  try {
    // Both sides through URL, so that default ports compare equal (":80" vs nothing).
    return new URL(origin).host !== new URL(`${request.protocol}://${request.host}`).host
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
 * Paths (`displayName`, `steps.0.text`) of the strings holding a NUL character in parsed JSON or a
 * query. PostgreSQL refuses NUL in text (and SQLite would cut the string there), so it never gets that far.
 */
export function nulCharacterPaths(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path.length > 0 ? path.join('.') : '_')
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      nulCharacterPaths(item, [...path, String(index)], found)
    })
  } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      // A NUL in a key is reported on the object holding it.
      if (key.includes('\u0000')) found.push(path.length > 0 ? path.join('.') : '_')
      else nulCharacterPaths(item, [...path, key], found)
    }
  }
  return found
}

export type SecurityOptions = {
  /** Paths allowed a non-JSON body (an audio upload), each with the content types it accepts. */
  rawBodyRoutes?: { path: RegExp; contentTypes: RegExp }[]
}

export const securityPlugin = fp(
  async (app: FastifyInstance, options: SecurityOptions) => {
    await app.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
      crossOriginEmbedderPolicy: false,
      // HSTS only means something over HTTPS; the browser ignores it on plain HTTP.
      strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
    })

    // Browsers send form posts as text/plain without a CORS preflight: refusing it closes that door.
    app.removeContentTypeParser('text/plain')

    const rawBodyRoutes = options.rawBodyRoutes ?? []
    app.addHook('onRequest', async (request) => {
      if (!STATE_CHANGING.has(request.method)) return
      if (isCrossSite(request)) throw new ApiError('forbidden_origin')
      const path = request.url.split('?')[0] ?? ''
      const contentType = request.headers['content-type'] ?? ''
      const rawAllowed = rawBodyRoutes.some((r) => r.path.test(path) && r.contentTypes.test(contentType))
      if (hasBody(request) && !isJson(contentType) && !rawAllowed) {
        throw new ApiError('unsupported_media_type')
      }
    })

    // Before schema validation, so that no route has to think about it.
    app.addHook('preValidation', async (request) => {
      const paths = [
        ...nulCharacterPaths(request.params),
        ...nulCharacterPaths(request.query),
        ...nulCharacterPaths(request.body),
      ]
      if (paths.length === 0) return
      const message = validationMessage('invisible_character', requestLanguage(request))
      throw new ApiError('validation_failed', Object.fromEntries(paths.map((p) => [p, message])))
    })
  },
  { name: 'rebond-security' },
)
