import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from './test-support/app'
import { testDatabases } from './test-support/databases'

const sqlite = testDatabases[0]
if (!sqlite) throw new Error('no test database')

// What anyone may call without a session. Every other operation of the OpenAPI document, including
// one added later, must answer 401 to a stranger.
const PUBLIC = new Set([
  'GET /api/health',
  // Readiness for a load balancer: the database answers and is migrated, nothing about anyone.
  'GET /api/ready',
  'POST /api/auth/signup',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  // Says who is signed in, null for nobody: the web app asks it on every page, anonymous ones included.
  'GET /api/auth/session',
  'GET /api/openapi.json',
  // The forgotten password: the person cannot sign in, the link's token is the authority.
  'GET /api/auth/password-reset',
  'POST /api/auth/password-reset/request',
  'POST /api/auth/password-reset/check',
  'POST /api/auth/password-reset/complete',
  // A calendar app reads the private feed without a session: the address's secret is the authority.
  'GET /api/calendar/{file}',
  // An invitation is opened before signing in or up: its token is the authority, and the answer names only
  // the inviter, the role and what kinds of things are shared.
  'POST /api/sharing/invitations/check',
])

type OpenApi = { paths: Record<string, Record<string, unknown>> }

describe('routes that need a session', () => {
  let app: FastifyInstance
  let operations: { method: string; path: string }[]

  beforeAll(async () => {
    app = await createTestApp(sqlite)
    const document = (await app.inject({ url: '/api/openapi.json' })).json() as OpenApi
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => ({ method: m.toUpperCase(), path })),
    )
  })
  afterAll(async () => {
    await app?.close()
  })

  it('the OpenAPI document lists the private routes this test walks', () => {
    expect(operations.length).toBeGreaterThan(40)
    expect(operations).toContainEqual({ method: 'PUT', path: '/api/interviews/{id}/debrief' })
  })

  it('every operation but the public ones answers 401 in the error shape to a stranger', async () => {
    const answers: string[] = []
    for (const { method, path } of operations) {
      if (PUBLIC.has(`${method} ${path}`) || path.startsWith('/api/docs')) continue
      const url = path.replace(/\{[^}]+\}/g, 'someone-elses-id')
      const response = await app.inject({
        method: method as 'GET',
        url,
        ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
      })
      const body = response.json() as { error?: { code?: string } }
      answers.push(`${method} ${path} → ${response.statusCode} ${body.error?.code ?? ''}`)
    }
    expect(answers.filter((a) => !a.endsWith('→ 401 unauthenticated'))).toEqual([])
  })
})
