import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import {
  ApiError,
  apiRequest,
  apiRequestBlob,
  apiRequestNoContent,
  apiRequestOrConflict,
  NetworkError,
  readAhead,
  withQuery,
} from './api-client'

vi.mock('./i18n', () => ({ currentLanguage: () => 'fr' }))

const stateSchema = z.object({ version: z.number() })
const conflictSchema = z.object({ current: stateSchema })

function answer(status: number, body?: unknown, headers: Record<string, string> = {}) {
  const text = body === undefined ? null : JSON.stringify(body)
  return new Response(text, { status, headers: { 'Content-Type': 'application/json', ...headers } })
}

function stubFetch(response: Response | Error) {
  const fetch = vi.fn(async (_path: string, _init: RequestInit) => {
    if (response instanceof Error) throw response
    return response
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

function sent(fetch: ReturnType<typeof stubFetch>): RequestInit {
  const init = fetch.mock.calls[0]?.[1]
  if (!init) throw new Error('nothing was sent')
  return init
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the API client', () => {
  it('sends JSON with the session cookie and the interface language, and validates the answer', async () => {
    const fetch = stubFetch(answer(200, { version: 3 }))
    const data = await apiRequest('/api/x', stateSchema, { method: 'PUT', body: { a: 1 } })
    expect(data).toEqual({ version: 3 })
    const init = sent(fetch)
    expect(init.method).toBe('PUT')
    expect(init.credentials).toBe('same-origin')
    expect(init.body).toBe('{"a":1}')
    expect(init.headers).toMatchObject({ 'Accept-Language': 'fr', 'Content-Type': 'application/json' })
    expect(init.keepalive).toBeUndefined()
  })

  it("throws the server's error, with its code, field messages and Retry-After", async () => {
    stubFetch(
      answer(
        429,
        { error: { code: 'rate_limited', message: 'Trop de demandes.', fields: { a: 'b' } } },
        { 'Retry-After': '90' },
      ),
    )
    const error = await apiRequest('/api/x', stateSchema).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 429,
      code: 'rate_limited',
      message: 'Trop de demandes.',
      fields: { a: 'b' },
      retryAfterSeconds: 90,
    })
  })

  it('says when the server could not be reached, and when the answer is not what was expected', async () => {
    stubFetch(new TypeError('Failed to fetch'))
    await expect(apiRequestNoContent('/api/x')).rejects.toBeInstanceOf(NetworkError)
    stubFetch(answer(200, { other: true }))
    await expect(apiRequest('/api/x', stateSchema)).rejects.toMatchObject({ code: 'invalid_response' })
  })

  it('sends a raw body with its own content type', async () => {
    const fetch = stubFetch(new Response(null, { status: 204 }))
    const audio = new Blob(['abc'], { type: 'audio/webm' })
    await apiRequestNoContent('/api/audio', {
      method: 'PUT',
      rawBody: { data: audio, contentType: 'audio/webm;codecs=opus' },
    })
    const init = sent(fetch)
    expect(init.body).toBe(audio)
    expect(init.headers).toMatchObject({ 'Content-Type': 'audio/webm;codecs=opus' })
  })

  it('reads a file answer as a Blob', async () => {
    stubFetch(new Response('# Bilan', { status: 200, headers: { 'Content-Type': 'text/markdown' } }))
    const blob = await apiRequestBlob('/api/report.md')
    expect(await blob.text()).toBe('# Bilan')
  })

  it('asks for keepalive only while the body is small enough for browsers to accept it', async () => {
    let fetch = stubFetch(answer(200, { version: 1 }))
    await apiRequest('/api/x', stateSchema, { method: 'PUT', body: { text: 'court' }, keepalive: true })
    expect(sent(fetch).keepalive).toBe(true)
    fetch = stubFetch(answer(200, { version: 1 }))
    await apiRequest('/api/x', stateSchema, {
      method: 'PUT',
      body: { text: 'é'.repeat(40_000) },
      keepalive: true,
    })
    expect(sent(fetch).keepalive).toBeUndefined()
  })

  it('returns a 409 as an answer when asked to, and other failures still throw', async () => {
    stubFetch(answer(200, { version: 2 }))
    expect(await apiRequestOrConflict('/api/x', stateSchema, conflictSchema)).toEqual({
      conflict: false,
      data: { version: 2 },
    })
    stubFetch(answer(409, { current: { version: 5 } }))
    expect(await apiRequestOrConflict('/api/x', stateSchema, conflictSchema)).toEqual({
      conflict: true,
      data: { current: { version: 5 } },
    })
    stubFetch(answer(409, { error: { code: 'conflict', message: 'Déjà pris.' } }))
    await expect(apiRequestOrConflict('/api/x', stateSchema, conflictSchema)).rejects.toMatchObject({
      status: 409,
      code: 'conflict',
    })
    stubFetch(answer(500, { error: { code: 'internal', message: '' } }))
    await expect(apiRequestOrConflict('/api/x', stateSchema, conflictSchema)).rejects.toMatchObject({
      status: 500,
    })
  })

  it('builds query strings, leaving empty values out', () => {
    expect(withQuery('/api/interviews', {})).toBe('/api/interviews')
    expect(withQuery('/api/interviews', { q: 'chef de projet', stage: undefined, company: '' })).toBe(
      '/api/interviews?q=chef+de+projet',
    )
  })
})

describe('reads asked ahead of their page', () => {
  /** Answers each request with the next of `answers`, counting what reaches the server. */
  function stubAnswers(...answers: (() => Response | Error)[]) {
    const fetch = vi.fn(async (_path: string, _init: RequestInit) => {
      const next = answers.shift()?.() ?? answer(500)
      if (next instanceof Error) throw next
      return next
    })
    vi.stubGlobal('fetch', fetch)
    return fetch
  }

  it("gives the page's request the answer already asked, without asking twice", async () => {
    const fetch = stubAnswers(() => answer(200, { version: 1 }))
    readAhead('/api/ahead-once')
    readAhead('/api/ahead-once')
    expect(await apiRequest('/api/ahead-once', stateSchema)).toEqual({ version: 1 })
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch.mock.calls[0]?.[1]?.credentials).toBe('same-origin')
  })

  it('is taken once: the next request for the same path asks the server again', async () => {
    const fetch = stubAnswers(
      () => answer(200, { version: 1 }),
      () => answer(200, { version: 2 }),
    )
    readAhead('/api/ahead-taken')
    await apiRequest('/api/ahead-taken', stateSchema)
    expect(await apiRequest('/api/ahead-taken', stateSchema)).toEqual({ version: 2 })
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('is not used after a write, nor once it is too old', async () => {
    const fetch = stubAnswers(
      () => answer(200, { version: 1 }),
      () => answer(200, { version: 2 }),
      () => answer(200, { version: 3 }),
      () => answer(200, { version: 4 }),
      () => answer(200, { version: 5 }),
    )
    readAhead('/api/ahead-written')
    await apiRequest('/api/other', stateSchema, { method: 'PUT', body: {} })
    expect(await apiRequest('/api/ahead-written', stateSchema)).toEqual({ version: 3 })

    readAhead('/api/ahead-old', Date.now() - 60_000)
    expect(await apiRequest('/api/ahead-old', stateSchema)).toEqual({ version: 5 })
    expect(fetch).toHaveBeenCalledTimes(5)
  })

  it("throws the server's refusal as the page's own request would, and asks again after a network failure", async () => {
    const fetch = stubAnswers(
      () => answer(404, { error: { code: 'not_found', message: 'Introuvable.' } }),
      () => new TypeError('Failed to fetch'),
      () => answer(200, { version: 7 }),
    )
    readAhead('/api/ahead-missing')
    await expect(apiRequest('/api/ahead-missing', stateSchema)).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
    })
    readAhead('/api/ahead-offline')
    expect(await apiRequest('/api/ahead-offline', stateSchema)).toEqual({ version: 7 })
    expect(fetch).toHaveBeenCalledTimes(3)
  })
})
