import type { z } from 'zod'
import type { ErrorResponse } from '../../shared/schemas/common'
import { currentLanguage } from './i18n'

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export type RequestOptions = {
  method?: Method
  /** Sent as JSON. */
  body?: unknown
  /** Sent as it is, e.g. a recording, with its own Content-Type (instead of `body`). */
  rawBody?: { data: Blob; contentType: string }
  signal?: AbortSignal | undefined
  /**
   * The request may outlive the page: for saves sent as the page is hidden or closed. Browsers
   * refuse keepalive bodies over 64 KiB, so a larger body goes as a plain request.
   */
  keepalive?: boolean
}

/** How a save goes out: `keepalive` when it is sent as the page is hidden or closed. */
export type Delivery = { keepalive?: boolean }

/** Browsers refuse keepalive requests whose body is larger than 64 KiB. */
const KEEPALIVE_MAX_BYTES = 60_000

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

/** A path with its query string; empty values are left out. */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value)
  const text = search.toString()
  return text === '' ? path : `${path}?${text}`
}

/** How long an answer asked ahead waits for the page that reads it: later, it may be out of date. */
const READ_AHEAD_MS = 10_000

/** Reads asked ahead of the page that makes them (`readAhead`), by path, until taken or too old. */
const readsAhead = new Map<string, { until: number; response: Promise<Response> }>()

/**
 * Asks the server for `path` (a GET) now, before the page that reads it has arrived
 * (app/read-ahead.ts): the page's own request for the same path, within a few seconds, takes this
 * answer instead of asking again. Nothing happens if the same read is already waiting.
 */
export function readAhead(path: string, now = Date.now()): void {
  const waiting = readsAhead.get(path)
  if (waiting && waiting.until > now) return
  const response = sendNow(path, {})
  // Nobody may take it (the page went elsewhere): its failure is nobody's error.
  response.catch(() => undefined)
  readsAhead.set(path, { until: now + READ_AHEAD_MS, response })
}

/** The answer asked ahead for a plain GET of `path`, taken once; none for any other request. */
function takeReadAhead(path: string, options: RequestOptions, answers: readonly number[]) {
  const plainGet =
    (options.method ?? 'GET') === 'GET' &&
    options.body === undefined &&
    options.rawBody === undefined &&
    answers.length === 0
  if (!plainGet) {
    // A write may change what was read ahead: no answer from before it is used after it.
    if ((options.method ?? 'GET') !== 'GET') readsAhead.clear()
    return undefined
  }
  const waiting = readsAhead.get(path)
  readsAhead.delete(path)
  return waiting && waiting.until > Date.now() ? waiting.response : undefined
}

/**
 * Sends a request: same origin with the session cookie, the interface language, and failures
 * read into NetworkError or ApiError. Statuses in `answers` come back instead of being thrown.
 * A GET asked ahead (`readAhead`) gets that answer, or a new request if it could not reach the server.
 */
function send(path: string, options: RequestOptions, answers: readonly number[] = []): Promise<Response> {
  const ahead = takeReadAhead(path, options, answers)
  if (!ahead) return sendNow(path, options, answers)
  return ahead.catch((error: unknown) => {
    if (error instanceof NetworkError) return sendNow(path, options, answers)
    throw error
  })
}

async function sendNow(
  path: string,
  options: RequestOptions,
  answers: readonly number[] = [],
): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
  }
  const init: RequestInit = {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers,
  }
  let bodySize = () => 0
  if (options.rawBody !== undefined) {
    const { data, contentType } = options.rawBody
    headers['Content-Type'] = contentType
    init.body = data
    bodySize = () => data.size
  } else if (options.body !== undefined) {
    const json = JSON.stringify(options.body)
    headers['Content-Type'] = 'application/json'
    init.body = json
    bodySize = () => new TextEncoder().encode(json).length
  }
  if (options.signal) init.signal = options.signal
  if (options.keepalive === true && bodySize() < KEEPALIVE_MAX_BYTES) init.keepalive = true

  let response: Response
  try {
    response = await fetch(path, init)
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new NetworkError(error)
  }
  if (!response.ok && !answers.includes(response.status)) throw await toApiError(response)
  return response
}

/** Reads an error answer into an ApiError. */
async function toApiError(response: Response): Promise<ApiError> {
  let payload: unknown
  try {
    payload = await response.json()
  } catch {
    payload = undefined
  }
  return errorFromPayload(response, payload)
}

function errorFromPayload(response: Response, payload: unknown): ApiError {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'))
  const body = readErrorBody(payload)
  if (body) {
    const { code, message, fields } = body.error
    return new ApiError({ status: response.status, code, message, fields, retryAfterSeconds })
  }
  return new ApiError({
    status: response.status,
    code: `http_${response.status}`,
    message: '',
    retryAfterSeconds,
  })
}

const isString = (value: unknown): value is string => typeof value === 'string'

/**
 * The API's error shape, checked by hand: the API client is in every page's first load, and zod (about
 * 25 KB) stays with the pages that validate forms (scripts/check-budgets.mjs).
 */
export function readErrorBody(payload: unknown): ErrorResponse | undefined {
  if (typeof payload !== 'object' || payload === null || !('error' in payload)) return undefined
  const error: unknown = payload.error
  if (typeof error !== 'object' || error === null) return undefined
  const { code, message, fields } = error as Record<string, unknown>
  if (!isString(code) || !isString(message)) return undefined
  if (fields === undefined) return { error: { code, message } }
  if (typeof fields !== 'object' || fields === null || !Object.values(fields).every(isString))
    return undefined
  return { error: { code, message, fields: fields as Record<string, string> } }
}

/** Reads a JSON answer with `read`, which returns undefined for an answer of the wrong shape. */
async function readPayload<T>(response: Response, read: (payload: unknown) => T | undefined): Promise<T> {
  let payload: unknown
  try {
    payload = await response.json()
  } catch {
    throw new ApiError({ status: response.status, code: 'invalid_response', message: '' })
  }
  const data = read(payload)
  if (data === undefined)
    throw new ApiError({ status: response.status, code: 'invalid_response', message: '' })
  return data
}

function readJson<S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S>> {
  return readPayload(response, (payload) => {
    const parsed = schema.safeParse(payload)
    return parsed.success ? parsed.data : undefined
  })
}

/**
 * Sends a request and reads the JSON answer with a hand-written check instead of a zod schema: for the
 * requests of every page's first load (who is signed in), which must not bring zod along.
 */
export async function apiRequestRead<T>(
  path: string,
  read: (payload: unknown) => T | undefined,
  options: RequestOptions = {},
): Promise<T> {
  return readPayload(await send(path, options), read)
}

/** Sends a request and validates the JSON answer with the given zod schema. */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  return readJson(await send(path, options), schema)
}

/** Sends a request whose answer has no body (204). */
export async function apiRequestNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options)
}

/** Sends a request whose answer is a file (a recording, a Markdown or calendar file), as a Blob. */
export async function apiRequestBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  const response = await send(path, options)
  return response.blob()
}

export type ConflictOr<T, C> = { conflict: false; data: T } | { conflict: true; data: C }

/**
 * For saves based on a version: a 409 (someone saved first) is an answer here, not an error.
 * Its body is read with `conflictSchema`; a 409 that does not match it is thrown as ApiError.
 */
export async function apiRequestOrConflict<S extends z.ZodType, C extends z.ZodType>(
  path: string,
  schema: S,
  conflictSchema: C,
  options: RequestOptions = {},
): Promise<ConflictOr<z.infer<S>, z.infer<C>>> {
  const response = await send(path, options, [409])
  if (response.status !== 409) return { conflict: false, data: await readJson(response, schema) }
  let payload: unknown
  try {
    payload = await response.json()
  } catch {
    payload = undefined
  }
  const parsed = conflictSchema.safeParse(payload)
  if (parsed.success) return { conflict: true, data: parsed.data }
  throw errorFromPayload(response, payload)
}
