import { type IncomingMessage, STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import type { ErrorResponse, Language } from '../../shared/schemas/common'
import { fieldMessages, type ValidationIssueLike } from '../../shared/validation-messages'
import { isDatabaseUnavailable } from '../db/connection'
import { ApiError, type ErrorCode, errorMessage, isApiError } from '../errors'
import { requestLanguage } from '../lib/language'
import { ACCEPTED_METHODS } from './security'

// Fastify's own error codes that are the client's doing, and what we call them.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
}

function toApiError(error: unknown): ApiError | undefined {
  if (isApiError(error)) return error
  const e = error as Partial<FastifyError> & { statusCode?: number }
  if (typeof e.code === 'string' && e.code in FASTIFY_CODES)
    return new ApiError(FASTIFY_CODES[e.code] as ErrorCode)
  // Body parse errors from secure-json-parse arrive as plain 400s.
  if (e.statusCode === 400 && e instanceof SyntaxError) return new ApiError('invalid_json')
  // The static file layer refuses a path it will not look up (a dot segment that got past the
  // path guard): the address is wrong, nothing was forbidden to this person.
  if (e.statusCode === 403) return new ApiError('bad_request')
  if (e.statusCode === 429) return new ApiError('too_many_requests')
  if (e.statusCode === 413) return new ApiError('payload_too_large')
  if (e.statusCode === 415) return new ApiError('unsupported_media_type')
  if (e.statusCode === 404) return new ApiError('not_found')
  return undefined
}

// Errors Fastify raises before a route is found (so before our error handler can see them).
const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  FST_ERR_BAD_URL: 'bad_request',
  FST_ERR_MAX_PARAM_LENGTH: 'uri_too_long',
}

function sendApiError(request: FastifyRequest, reply: FastifyReply, apiError: ApiError) {
  if (apiError.retryAfterSeconds !== undefined)
    reply.header('retry-after', String(apiError.retryAfterSeconds))
  const body: ErrorResponse = {
    error: {
      code: apiError.code,
      message: errorMessage(apiError.code, requestLanguage(request)),
      ...(apiError.fields ? { fields: apiError.fields } : {}),
    },
  }
  return reply.code(apiError.statusCode).type('application/json').send(body)
}

/**
 * Fastify's `frameworkErrors` option: a malformed percent-encoding in the path or a path
 * parameter over the router's limit answers in the API's error shape, not Fastify's.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const code = FRAMEWORK_CODES[error.code]
  if (code) return sendApiError(request, reply, new ApiError(code))
  request.log.error({ err: error }, 'framework error')
  const body: ErrorResponse = {
    error: { code: 'internal_error', message: errorMessage('internal_error', requestLanguage(request)) },
  }
  return reply.code(500).type('application/json').send(body)
}

/** The language of a request Fastify never saw: only its headers are known, if that. */
function headersLanguage(headers: IncomingMessage['headers']): Language {
  // requestLanguage only reads the headers (and a signed-in user, which there cannot be here).
  return requestLanguage({ headers } as FastifyRequest)
}

/** A whole HTTP response in the API's error shape, for sockets Fastify does not answer on. */
function rawErrorResponse(code: ErrorCode, language: Language, headers: string[] = []): string {
  const body = JSON.stringify({
    error: { code, message: errorMessage(code, language) },
  } satisfies ErrorResponse)
  const status = new ApiError(code).statusCode
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'cache-control: no-store',
    'x-content-type-options: nosniff',
    'connection: close',
    ...headers,
    '',
    body,
  ].join('\r\n')
}

/** Writes `response` and closes the connection once it has left. */
function answerAndClose(socket: Duplex, response: string) {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  socket.end(response, () => socket.destroy())
}

const CLIENT_ERROR_CODES: Record<string, ErrorCode> = {
  HPE_HEADER_OVERFLOW: 'headers_too_large',
  ERR_HTTP_REQUEST_TIMEOUT: 'request_timeout',
}

/**
 * Fastify's `clientErrorHandler` option: what Node's HTTP parser refuses before any request exists
 * (a malformed request line, headers over the size limit, a request too slow to arrive) is
 * answered in the API's error shape, in the language of the Accept-Language header when it got that far.
 */
export function clientErrorHandler(this: FastifyInstance, error: ConnectionError, socket: Duplex) {
  // A connection reset: nobody is left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const code = CLIENT_ERROR_CODES[error.code] ?? 'bad_request'
  // The code only: the raw packet would put the request's cookies in the log.
  this.log.debug({ code: error.code }, 'client error')
  const raw: unknown = error.rawPacket
  const head = Buffer.isBuffer(raw) ? raw.subarray(0, 16 * 1024).toString('latin1') : ''
  const acceptLanguage = /\r\naccept-language:[ \t]*([^\r\n]*)/i.exec(head)?.[1]
  answerAndClose(socket, rawErrorResponse(code, headersLanguage({ 'accept-language': acceptLanguage })))
}

/**
 * For the server's 'connect' event: Node hands CONNECT requests (proxy tunnels) to that event and,
 * with no listener, drops the connection without a word. This is no proxy: 405 in the error shape.
 */
export function refuseConnect(request: IncomingMessage, socket: Duplex) {
  socket.on('error', () => socket.destroy())
  answerAndClose(
    socket,
    rawErrorResponse('method_not_allowed', headersLanguage(request.headers), [
      `allow: ${ACCEPTED_METHODS.join(', ')}`,
    ]),
  )
}

/** The value the client sent at `path` in the validated part of the request (body, querystring...). */
function sentValue(request: FastifyRequest, context: string | undefined, path: readonly string[]): unknown {
  const sources: Record<string, unknown> = {
    body: request.body,
    querystring: request.query,
    params: request.params,
    headers: request.headers,
  }
  let value = context === undefined ? undefined : sources[context]
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[segment]
  }
  return value
}

/**
 * One error handler for the whole API: every error leaves as
 * `{ error: { code, message, fields? } }`; 5xx details stay in the logs.
 */
export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler(async (error, request, reply) => {
      const lang = requestLanguage(request)
      if (hasZodFastifySchemaValidationErrors(error)) {
        const context = (error as { validationContext?: string }).validationContext
        const issues: ValidationIssueLike[] = error.validation.map((v) => {
          const path = v.instancePath.split('/').filter((segment) => segment.length > 0)
          // zod does not report what it received: look it up, so that "missing" and "wrong type" differ.
          return {
            ...(v.params as Record<string, unknown>),
            code: v.keyword,
            message: v.message ?? '',
            path,
            input: sentValue(request, context, path),
          }
        })
        const body: ErrorResponse = {
          error: {
            code: 'validation_failed',
            message: errorMessage('validation_failed', lang),
            fields: fieldMessages(issues, lang),
          },
        }
        return reply.code(400).type('application/json').send(body)
      }
      if (isDatabaseUnavailable(error)) {
        // Said at once, with a time to come back, instead of leaving the person waiting on a stalled database.
        request.log.error({ err: error }, 'database unavailable')
        return sendApiError(request, reply, new ApiError('not_ready', undefined, 5))
      }
      const apiError = toApiError(error)
      if (apiError) return sendApiError(request, reply, apiError)
      request.log.error({ err: error }, 'unhandled error')
      const body: ErrorResponse = {
        error: { code: 'internal_error', message: errorMessage('internal_error', lang) },
      }
      return reply.code(500).type('application/json').send(body)
    })
  },
  { name: 'rebond-errors' },
)

export { ApiError }
