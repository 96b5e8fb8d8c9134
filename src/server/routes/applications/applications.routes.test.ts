import { beforeEach, describe, expect, it } from 'vitest'
import { LIMITS } from '../../../domain/debrief'
import { appPerTest, type SignedUpUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

describe.each(testDatabases)('applications routes on $kind', (database) => {
  const ctx = appPerTest(database, { start: new Date('2026-04-15T16:00:00.000Z') })
  let other: SignedUpUser
  beforeEach(async () => {
    other = await signUp(ctx.app)
  })

  const send = (
    who: SignedUpUser | null,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) =>
    ctx.app.inject({
      method,
      url,
      headers: { ...(who ? { cookie: who.cookie } : {}), 'accept-language': 'en' },
      ...(payload ? { payload } : {}),
    })

  const valid = {
    company: 'Decathlon',
    role: 'Cheffe de projet digital',
    postingUrl: 'https://emplois.example.fr/offre/42',
    source: 'LinkedIn',
    notes: 'Candidature envoyée le 2 avril.',
  }

  async function create(who: SignedUpUser, body: object = valid) {
    const response = await send(who, 'POST', '/api/applications', body)
    expect(response.statusCode).toBe(201)
    return response.json().application as { id: string }
  }

  it('creates an application with its source, and defaults for what is left out', async () => {
    const response = await send(ctx.user, 'POST', '/api/applications', valid)
    expect(response.statusCode).toBe(201)
    expect(response.json().application).toMatchObject({ ...valid, status: 'active' })
    const minimal = await send(ctx.user, 'POST', '/api/applications', { company: 'Fnac', role: 'Vendeur' })
    expect(minimal.json().application).toMatchObject({
      postingUrl: '',
      source: '',
      notes: '',
      status: 'active',
    })
    const { id } = response.json().application
    expect((await send(ctx.user, 'GET', `/api/applications/${id}`)).json().application.source).toBe(
      'LinkedIn',
    )
  })

  it.each([
    [{ postingUrl: 'javascript:alert(1)' }, 'postingUrl'],
    [{ postingUrl: 'emplois.example.fr/offre' }, 'postingUrl'],
    [{ postingUrl: `https://example.fr/${'x'.repeat(LIMITS.url)}` }, 'postingUrl'],
    [{ status: 'ghosted' }, 'status'],
    [{ company: 'x'.repeat(LIMITS.company + 1) }, 'company'],
    [{ role: 'x'.repeat(LIMITS.role + 1) }, 'role'],
    [{ source: 'x'.repeat(LIMITS.source + 1) }, 'source'],
    [{ notes: 'x'.repeat(LIMITS.applicationNotes + 1) }, 'notes'],
    [{ company: '   ' }, 'company'],
    [{ role: undefined }, 'role'],
  ])('refuses to create with %o, naming %s', async (change, field) => {
    const response = await send(ctx.user, 'POST', '/api/applications', { ...valid, ...change })
    expect(response.statusCode).toBe(400)
    expect(response.json().error).toMatchObject({ code: 'validation_failed' })
    expect(Object.keys(response.json().error.fields)).toEqual([field])
    expect((await send(ctx.user, 'GET', '/api/applications')).json().applications).toEqual([])
  })

  it('accepts every field at its limit', async () => {
    const response = await send(ctx.user, 'POST', '/api/applications', {
      company: 'c'.repeat(LIMITS.company),
      role: 'r'.repeat(LIMITS.role),
      source: 's'.repeat(LIMITS.source),
      notes: 'n'.repeat(LIMITS.applicationNotes),
      postingUrl: `https://example.fr/${'x'.repeat(LIMITS.url - 'https://example.fr/'.length)}`,
    })
    expect(response.statusCode).toBe(201)
  })

  it('updates field by field, and refuses bad values without changing anything', async () => {
    const { id } = await create(ctx.user)
    const ok = await send(ctx.user, 'PATCH', `/api/applications/${id}`, {
      source: 'Salon de l’emploi',
      status: 'rejected',
    })
    expect(ok.statusCode).toBe(200)
    expect(ok.json().application).toMatchObject({
      source: 'Salon de l’emploi',
      status: 'rejected',
      company: 'Decathlon',
    })

    const bad = await send(ctx.user, 'PATCH', `/api/applications/${id}`, {
      postingUrl: 'ftp://example.fr',
      status: 'maybe',
      source: 'x'.repeat(LIMITS.source + 1),
      company: '',
    })
    expect(bad.statusCode).toBe(400)
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['company', 'postingUrl', 'source', 'status'])
    expect((await send(ctx.user, 'PATCH', `/api/applications/${id}`, {})).statusCode).toBe(400)
    expect((await send(ctx.user, 'GET', `/api/applications/${id}`)).json().application).toMatchObject({
      source: 'Salon de l’emploi',
      status: 'rejected',
      postingUrl: valid.postingUrl,
    })
  })

  it('refuses an unknown status filter on the list, naming it', async () => {
    const response = await send(ctx.user, 'GET', '/api/applications?status=bogus')
    expect(response.statusCode).toBe(400)
    expect(Object.keys(response.json().error.fields)).toEqual(['status'])
  })

  it("another user's application is a 404 whatever the verb, and stays as it was", async () => {
    const { id } = await create(ctx.user)
    expect((await send(other, 'GET', `/api/applications/${id}`)).statusCode).toBe(404)
    expect((await send(other, 'PATCH', `/api/applications/${id}`, { status: 'withdrawn' })).statusCode).toBe(
      404,
    )
    expect((await send(other, 'DELETE', `/api/applications/${id}`)).statusCode).toBe(404)
    expect((await send(other, 'GET', '/api/applications')).json().applications).toEqual([])
    expect((await send(ctx.user, 'GET', `/api/applications/${id}`)).json().application.status).toBe('active')
    expect((await send(null, 'GET', `/api/applications/${id}`)).statusCode).toBe(401)
  })

  it('deletes an application once; then it is a 404', async () => {
    const { id } = await create(ctx.user)
    expect((await send(ctx.user, 'DELETE', `/api/applications/${id}`)).statusCode).toBe(204)
    expect((await send(ctx.user, 'GET', `/api/applications/${id}`)).statusCode).toBe(404)
    expect((await send(ctx.user, 'DELETE', `/api/applications/${id}`)).statusCode).toBe(404)
    expect((await send(ctx.user, 'PATCH', `/api/applications/${id}`, { status: 'active' })).statusCode).toBe(
      404,
    )
  })
})
