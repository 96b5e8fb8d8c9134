import helmet from '@fastify/helmet'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { ApiError } from '../errors'

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
  },
  { name: 'rebond-security' },
)
