import type { z } from 'zod'
import { errorResponseSchema } from '../../shared/schemas/common'
import { currentLanguage } from './i18n'

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

type RequestOptions = {
  method?: Method
  body?: unknown
  signal?: AbortSignal
}

/** The server answered with an error (`{ error: { code, message, fields? } }`). */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly fields: Record<string, string> | undefined
  readonly retryAfterSeconds: number | undefined

  constructor(init: {
    status: number
    code: string
    message: string
    fields?: Record<string, string> | undefined
    retryAfterSeconds?: number | undefined
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    this.fields = init.fields
    this.retryAfterSeconds = init.retryAfterSeconds
  }
}

/** The server could not be reached at all (offline, DNS, server down). */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super('Network request failed', { cause })
    this.name = 'NetworkError'
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status)
}

/** Reads Retry-After, given either in seconds or as an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds))
  const date = Date.parse(value)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now) / 1000))
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
  }
  const init: RequestInit = {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers,
  }
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    init.body = JSON.stringify(options.body)
  }
  if (options.signal) init.signal = options.signal

  let response: Response
  try {
    response = await fetch(path, init)
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new NetworkError(error)
  }
  if (!response.ok) throw await toApiError(response)
  return response
}

/** Reads an error answer into an ApiError (also for requests sent without this client's JSON helpers). */
export async function toApiError(response: Response): Promise<ApiError> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'))
  let payload: unknown
  try {
    payload = await response.json()
  } catch {
    payload = undefined
  }
  const parsed = errorResponseSchema.safeParse(payload)
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error
    return new ApiError({ status: response.status, code, message, fields, retryAfterSeconds })
  }
  return new ApiError({
    status: response.status,
    code: `http_${response.status}`,
    message: '',
    retryAfterSeconds,
  })
}

/** Sends a request and validates the JSON answer with the given zod schema. */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const response = await send(path, options)
  let payload: unknown
  try {
    payload = await response.json()
  } catch {
    throw new ApiError({ status: response.status, code: 'invalid_response', message: '' })
  }
  const parsed = schema.safeParse(payload)
  if (!parsed.success) {
    throw new ApiError({ status: response.status, code: 'invalid_response', message: '' })
  }
  return parsed.data
}

/** Sends a request whose answer has no body (204). */
export async function apiRequestNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options)
}
