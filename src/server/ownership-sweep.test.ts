import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from './test-support/app'
import { type TestDatabase, testDatabases } from './test-support/databases'
import {
  arbitraryFromSchema,
  createWorld,
  type FuzzIds,
  type FuzzUser,
  fetchOpenApi,
  idsOfKind,
  type Operation,
  operationsOf,
} from './test-support/openapi-fuzz'

// Issue 17's ownership sweep: every operation of the OpenAPI document, tried by the owner of what it
// touches, a coach the owner shares everything with, a coach whose link shares none of it, a coach
// whose link has ended, a stranger and nobody. What the people who are not the owner get must say
// nothing about the owner's things: the owner's id answers exactly as an id that does not exist.
// Every operation is classified below; a route added without a line here fails the first test.

type Kind =
  /** Reachable signed out (sign-in, health, the calendar feed with its secret address…). */
  | 'public'
  /** The caller's own account, no one else's thing in the address: signed out gets 401, reads leak nothing. */
  | 'account'
  /** A read of the caller's own things: signed out gets 401; nobody but the owner sees any of the owner's. */
  | 'own-list'
  /** Makes something of the caller's: signed out gets 401; naming the owner's things answers as a made-up id. */
  | 'create'
  /** The owner's thing named in the address: only the owner gets past 404. */
  | 'owned'
  /** What someone shares with the caller, named by the link in the address. */
  | 'shared-with-me'
  /** A read of the owner's things through the link in the address: only what the link shares, only its invitee. */
  | 'shared-content'
  /** A comment, rating or question left through a link (in the address) on the owner's things (ADR 0015). */
  | 'review-through-link'

type Sweep = {
  kind: Kind
  /** A query string naming one of the owner's things, for reads that take it there. */
  query?: (owner: OwnerThings) => string
  /** A body naming one of the owner's things, for creations that take it there. */
  body?: (owner: OwnerThings) => object
}

type OwnerThings = { interview: string; application: string }

const SWEEP: Record<string, Sweep> = {
  'GET /api/health': { kind: 'public' },
  'GET /api/ready': { kind: 'public' },
  'GET /api/auth/session': { kind: 'public' },
  'GET /api/auth/password-reset': { kind: 'public' },
  'GET /api/calendar/{file}': { kind: 'public' },
  'POST /api/auth/login': { kind: 'public' },
  'POST /api/auth/signup': { kind: 'public' },
  'POST /api/auth/logout': { kind: 'public' },
  'POST /api/auth/password-reset/check': { kind: 'public' },
  'POST /api/auth/password-reset/complete': { kind: 'public' },
  'POST /api/auth/password-reset/request': { kind: 'public' },
  'POST /api/sharing/invitations/check': { kind: 'public' },

  'GET /api/me': { kind: 'account' },
  'PATCH /api/me': { kind: 'account' },
  'DELETE /api/me': { kind: 'account' },
  'POST /api/me/password': { kind: 'account' },
  'GET /api/me/sessions': { kind: 'account' },
  'GET /api/me/calendar-feed': { kind: 'account' },
  'POST /api/me/calendar-feed': { kind: 'account' },
  'DELETE /api/me/calendar-feed': { kind: 'account' },
  'GET /api/me/export': { kind: 'account' },
  'GET /api/me/export/rebond.json': { kind: 'account' },
  'POST /api/me/import': { kind: 'account' },
  'POST /api/analyze': { kind: 'account' },
  'GET /api/sharing/links': { kind: 'account' },
  'POST /api/sharing/invitations': { kind: 'account' },
  'POST /api/sharing/accept': { kind: 'account' },

  'GET /api/applications': { kind: 'own-list' },
  'GET /api/feedback/follow-ups': { kind: 'own-list' },
  'GET /api/home': { kind: 'own-list' },
  'GET /api/insights': { kind: 'own-list' },
  'GET /api/interviews': { kind: 'own-list' },
  'GET /api/mock-interviews': { kind: 'own-list' },
  'GET /api/mock-interviews/applications': { kind: 'own-list' },
  'GET /api/mock-interviews/progress': { kind: 'own-list' },
  'GET /api/moods': { kind: 'own-list' },
  'GET /api/pitch': { kind: 'own-list' },
  'GET /api/pitch/material': { kind: 'own-list' },
  'GET /api/progress': { kind: 'own-list' },
  'GET /api/progress/report.md': { kind: 'own-list' },
  'GET /api/rebounds': { kind: 'own-list' },
  'GET /api/rehearsal/bank': { kind: 'own-list' },
  'GET /api/rehearsal/cards': { kind: 'own-list' },
  'GET /api/rehearsal/queue': { kind: 'own-list' },
  'GET /api/rehearsal/cram': { kind: 'own-list', query: (owner) => `?interviewId=${owner.interview}` },

  'POST /api/applications': { kind: 'create' },
  'POST /api/interviews': { kind: 'create' },
  'POST /api/moods': { kind: 'create' },
  'POST /api/pitch': { kind: 'create' },
  'POST /api/rebounds': { kind: 'create', body: (owner) => ({ interviewId: owner.interview }) },
  'POST /api/rehearsal/cards': { kind: 'create' },
  'POST /api/mock-interviews': {
    kind: 'create',
    body: (owner) => ({ lang: 'fr', seed: 5, applicationId: owner.application }),
  },

  'GET /api/applications/{id}': { kind: 'owned' },
  'PATCH /api/applications/{id}': { kind: 'owned' },
  'DELETE /api/applications/{id}': { kind: 'owned' },
  'GET /api/interviews/{id}': { kind: 'owned' },
  'PATCH /api/interviews/{id}': { kind: 'owned' },
  'DELETE /api/interviews/{id}': { kind: 'owned' },
  'GET /api/interviews/{id}/debrief': { kind: 'owned' },
  'PUT /api/interviews/{id}/debrief': { kind: 'owned' },
  'GET /api/interviews/{id}/debrief.md': { kind: 'owned' },
  'PATCH /api/interviews/{id}/debrief/actions/{actionId}': { kind: 'owned' },
  'GET /api/interviews/{id}/feedback': { kind: 'owned' },
  'PUT /api/interviews/{id}/feedback': { kind: 'owned' },
  'GET /api/interviews/{id}/feedback/follow-up.ics': { kind: 'owned' },
  'GET /api/interviews/{id}/prep': { kind: 'owned' },
  'PUT /api/interviews/{id}/prep': { kind: 'owned' },
  'PUT /api/interviews/{id}/research': { kind: 'owned' },
  'DELETE /api/me/sessions/{id}': { kind: 'owned' },
  'GET /api/mock-interviews/{id}': { kind: 'owned' },
  'DELETE /api/mock-interviews/{id}': { kind: 'owned' },
  'GET /api/mock-interviews/{id}/report.md': { kind: 'owned' },
  'POST /api/mock-interviews/{id}/answers': { kind: 'owned' },
  'POST /api/mock-interviews/{id}/check-in': { kind: 'owned' },
  'POST /api/mock-interviews/{id}/end': { kind: 'owned' },
  'POST /api/mock-interviews/{id}/rehearse': { kind: 'owned' },
  'GET /api/mock-interviews/{id}/answers/{questionIndex}/{followUp}/audio': { kind: 'owned' },
  'PUT /api/mock-interviews/{id}/answers/{questionIndex}/{followUp}/audio': { kind: 'owned' },
  'DELETE /api/moods/{id}': { kind: 'owned' },
  'GET /api/rebounds/{id}': { kind: 'owned' },
  'PATCH /api/rebounds/{id}': { kind: 'owned' },
  'DELETE /api/rebounds/{id}': { kind: 'owned' },
  'GET /api/rehearsal/cards/{id}': { kind: 'owned' },
  'PATCH /api/rehearsal/cards/{id}': { kind: 'owned' },
  'DELETE /api/rehearsal/cards/{id}': { kind: 'owned' },
  'POST /api/rehearsal/cards/{id}/attempts': { kind: 'owned' },
  'GET /api/rehearsal/attempts/{id}/audio': { kind: 'owned' },
  'PUT /api/rehearsal/attempts/{id}/audio': { kind: 'owned' },
  'DELETE /api/rehearsal/attempts/{id}/audio': { kind: 'owned' },
  'POST /api/sharing/links/{id}/end': { kind: 'owned' },
  'GET /api/sharing/links/{id}/log': { kind: 'owned' },

  'GET /api/sharing/feedback': { kind: 'own-list', query: (owner) => `?interviewId=${owner.interview}` },
  'POST /api/sharing/feedback/replies': { kind: 'create' },
  'POST /api/sharing/feedback/read': { kind: 'create' },
  'POST /api/sharing/feedback/convert': { kind: 'create' },

  'GET /api/sharing/received/{id}': { kind: 'shared-with-me' },
  'GET /api/sharing/received/{id}/interviews': { kind: 'shared-content' },
  'GET /api/sharing/received/{id}/interviews/{interviewId}': { kind: 'shared-content' },
  'GET /api/sharing/received/{id}/rehearsal': { kind: 'shared-content' },
  'GET /api/sharing/received/{id}/mock-interviews': { kind: 'shared-content' },
  'GET /api/sharing/received/{id}/mock-interviews/{mockId}': { kind: 'shared-content' },
  'GET /api/sharing/received/{id}/progress': { kind: 'shared-content' },
  'GET /api/sharing/received/{id}/moods': { kind: 'shared-content' },
  'GET /api/sharing/received/{id}/rebounds': { kind: 'shared-content' },
  'GET /api/sharing/received/{id}/rehearsal/attempts/{attemptId}/audio': { kind: 'shared-content' },
  'GET /api/sharing/received/{id}/feedback': { kind: 'shared-with-me' },
  'POST /api/sharing/received/{id}/comments': {
    kind: 'review-through-link',
    body: (owner) => ({
      anchor: { kind: 'debrief_step', id: owner.interview, step: 'feelings' },
      body: 'Belle reprise.',
    }),
  },
  'POST /api/sharing/received/{id}/ratings': {
    kind: 'review-through-link',
    body: () => ({
      cardId: randomUUID(),
      attemptId: randomUUID(),
      structure: 3,
      clarity: 3,
      results: 3,
      assertiveness: 3,
    }),
  },
  'POST /api/sharing/received/{id}/assignments': {
    kind: 'review-through-link',
    body: (owner) => ({ question: 'Pourquoi ce poste ?', interviewId: owner.interview }),
  },
}

/** Words only the owner's seeded things contain (see seedOwner in test-support/openapi-fuzz.ts). */
const OWNER_WORDS = [
  'Decathlon',
  'Leroy Merlin',
  'Journée lourde',
  'Cheffe de projet digital',
  'Comparer trois grilles',
]

/** What each address segment before `{id}` names among the owner's things. */
const THING_OF_SEGMENT: Record<string, string> = {
  interviews: 'interview',
  applications: 'application',
  'mock-interviews': 'mock interview',
  moods: 'mood',
  rebounds: 'rebound',
  cards: 'card',
  attempts: 'attempt',
  sessions: 'session',
  links: 'sharing link',
}

const documentApp = await createTestApp(testDatabases[0] as TestDatabase)
const document = await fetchOpenApi(documentApp)
await documentApp.close()
const operations = operationsOf(document)

const ofKind = (kind: Kind) => operations.filter((o) => SWEEP[o.name]?.kind === kind)

type Person = 'coach' | 'narrow coach' | 'ended coach' | 'stranger'
const NOT_OWNERS: readonly Person[] = ['coach', 'narrow coach', 'ended coach', 'stranger']

type SweepWorld = {
  owner: FuzzUser
  ids: FuzzIds
  things: OwnerThings
  people: Record<Person, FuzzUser>
  /** The link each coach received (the stranger has none). */
  links: { coach: string; 'narrow coach': string; 'ended coach': string }
  /** The interviews whose debriefs the narrow coach's link names. */
  sharedOne: string[]
}

async function signUp(app: FastifyInstance, label: string): Promise<FuzzUser> {
  const email = `sweep-${label.replace(' ', '-')}-${randomUUID()}@example.com`
  const password = 'correct horse battery staple'
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    payload: { email, password, displayName: `Sweep ${label}`, language: 'fr' },
  })
  const cookie = response.cookies.find((c) => c.name === 'rebond_session')
  if (response.statusCode !== 201 || !cookie)
    throw new Error(`sign-up: ${response.statusCode} ${response.body}`)
  return { cookie: `rebond_session=${cookie.value}`, email, password }
}

/** The owner invites `invitee` with `shares`; the invitee accepts. Returns the link's id. */
async function link(
  app: FastifyInstance,
  owner: FuzzUser,
  invitee: FuzzUser,
  shares: object,
): Promise<string> {
  const invited = await app.inject({
    method: 'POST',
    url: '/api/sharing/invitations',
    headers: { cookie: owner.cookie },
    payload: { role: 'coach', shares },
  })
  if (invited.statusCode !== 201) throw new Error(`invitation: ${invited.statusCode} ${invited.body}`)
  const { url, link: made } = invited.json() as { url: string; link: { id: string } }
  const accepted = await app.inject({
    method: 'POST',
    url: '/api/sharing/accept',
    headers: { cookie: invitee.cookie },
    payload: { token: url.split('#')[1] },
  })
  if (accepted.statusCode !== 200) throw new Error(`accept: ${accepted.statusCode} ${accepted.body}`)
  return made.id
}

async function createSweepWorld(app: FastifyInstance): Promise<SweepWorld> {
  const { owner, other, ids } = await createWorld(app)
  const [interview] = idsOfKind(ids, 'interviews').filter((id) => ids.owned.get(id) === 'interview')
  const [application] = idsOfKind(ids, 'applications')
  if (!interview || !application) throw new Error('the owner has no interview or application')
  const people = {
    coach: await signUp(app, 'coach'),
    'narrow coach': await signUp(app, 'narrow coach'),
    'ended coach': await signUp(app, 'ended coach'),
    stranger: other,
  }
  const everything = {
    debriefs: 'all',
    rehearsal: true,
    mockInterviews: true,
    progress: true,
    moods: true,
    rebounds: true,
  }
  const sharedOne = [...ids.owned].filter(([, what]) => what === 'upcoming interview').map(([id]) => id)
  const links = {
    coach: await link(app, owner, people.coach, everything),
    // Shares one interview's debrief that is not the one the sweep names, and nothing else.
    'narrow coach': await link(app, owner, people['narrow coach'], {
      debriefs: 'selected',
      interviewIds: sharedOne,
      rehearsal: false,
      mockInterviews: false,
      progress: false,
    }),
    'ended coach': await link(app, owner, people['ended coach'], everything),
  }
  // One answer of the owner's mock interview, with its recording.
  const mockId = [...ids.owned].find(([, what]) => what === 'mock interview')?.[0]
  const mock = await app.inject({
    method: 'GET',
    url: `/api/mock-interviews/${mockId}`,
    headers: { cookie: owner.cookie },
  })
  const turn = (mock.json() as { turn?: { questionIndex: number; followUp: number } }).turn
  if (!turn) throw new Error(`the owner's mock interview has no turn: ${mock.body}`)
  const answered = await app.inject({
    method: 'POST',
    url: `/api/mock-interviews/${mockId}/answers`,
    headers: { cookie: owner.cookie },
    payload: { ...turn, text: 'J’ai mené la refonte du site en quatre mois.' },
  })
  const recorded = await app.inject({
    method: 'PUT',
    url: `/api/mock-interviews/${mockId}/answers/${turn.questionIndex}/${turn.followUp}/audio`,
    headers: { cookie: owner.cookie, 'content-type': 'audio/webm' },
    payload: Buffer.alloc(4096, 7),
  })
  if (answered.statusCode >= 300 || recorded.statusCode >= 300) {
    throw new Error(`mock answer: ${answered.statusCode} ${answered.body}, audio: ${recorded.statusCode}`)
  }

  const ended = await app.inject({
    method: 'POST',
    url: `/api/sharing/links/${links['ended coach']}/end`,
    headers: { cookie: owner.cookie },
  })
  if (ended.statusCode !== 204) throw new Error(`end: ${ended.statusCode} ${ended.body}`)
  return { owner, ids, things: { interview, application }, people, links, sharedOne }
}

/** The address of `operation` with the owner's things in it, or, with `madeUp`, ids that exist nowhere. */
function addressOf(operation: Operation, world: SweepWorld, madeUp: boolean): string {
  const segments = operation.path.split('/')
  const path = segments
    .map((segment, index) => {
      const name = segment.match(/^\{(.+)\}$/)?.[1]
      if (!name) return segment
      if (name === 'questionIndex' || name === 'followUp') return '0'
      if (madeUp) return randomUUID()
      const kind = SWEEP[operation.name]?.kind
      if (
        kind === 'shared-with-me' ||
        kind === 'review-through-link' ||
        (kind === 'shared-content' && name === 'id')
      )
        return world.links.coach
      if (name === 'interviewId') return world.things.interview
      if (name === 'attemptId') return [...world.ids.owned].find(([, what]) => what === 'attempt')?.[0] ?? ''
      if (name === 'mockId')
        return [...world.ids.owned].find(([, what]) => what === 'mock interview')?.[0] ?? ''
      const thing = name === 'id' ? THING_OF_SEGMENT[segments[index - 1] ?? ''] : undefined
      const id = thing
        ? [...world.ids.owned].find(([, what]) => what === thing)?.[0]
        : idsOfKind(world.ids, name)[0]
      if (!id) throw new Error(`${operation.name}: the owner has nothing to put in {${name}}`)
      return id
    })
    .join('/')
  return path
}

/** A body the route's schema accepts, so that the request reaches the ownership check. */
function bodyOf(operation: Operation): { payload?: string | Buffer; contentType?: string } {
  if (operation.method === 'GET' || operation.method === 'DELETE') return {}
  if (operation.path.endsWith('/audio')) return { payload: Buffer.alloc(2048, 7), contentType: 'audio/webm' }
  if (!operation.bodySchema) return {}
  const [value] = fc.sample(arbitraryFromSchema(operation.bodySchema, { document, depth: 0, maxDepth: 4 }), {
    seed: 17,
    numRuns: 1,
  })
  return { payload: JSON.stringify(value ?? {}), contentType: 'application/json' }
}

async function call(
  app: FastifyInstance,
  who: FuzzUser | null,
  method: Operation['method'],
  url: string,
  body: { payload?: string | Buffer; contentType?: string } = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: {
      ...(who ? { cookie: who.cookie } : {}),
      ...(body.contentType ? { 'content-type': body.contentType } : {}),
    },
    ...(body.payload !== undefined ? { payload: body.payload } : {}),
  })
}

const errorCode = (response: LightMyRequestResponse): string | undefined => {
  try {
    return (response.json() as { error?: { code?: string } }).error?.code
  } catch {
    return undefined
  }
}

/**
 * What of the owner's an answer mentions: one of their ids or words only their things hold. `allowed`
 * are ids the person may see (a link that shares chosen debriefs names their interviews).
 */
function ownerTraces(body: string, world: SweepWorld, allowed: readonly string[] = []): string[] {
  return [
    ...[...world.ids.owned.keys()].filter((id) => !allowed.includes(id) && body.includes(id)),
    ...OWNER_WORDS.filter((w) => body.includes(w)),
  ]
}

it('has a line for every operation of the OpenAPI document, and none for operations that are gone', () => {
  const names = operations.map((o) => o.name).sort()
  expect(
    names.filter((name) => !(name in SWEEP)),
    'operations missing from the sweep',
  ).toEqual([])
  expect(
    Object.keys(SWEEP).filter((name) => !names.includes(name)),
    'sweep lines with no operation',
  ).toEqual([])
})

describe.each(testDatabases)('who gets what, on every route, on $kind', (database) => {
  let app: FastifyInstance
  let world: SweepWorld

  beforeAll(async () => {
    app = await createTestApp(database, { maxEventLoopDelayMs: false })
    world = await createSweepWorld(app)
  })
  afterAll(async () => {
    await app?.close()
  })

  it('asks anyone signed out to sign in, wherever something of someone is', async () => {
    const problems: string[] = []
    for (const operation of operations.filter((o) => SWEEP[o.name]?.kind !== 'public')) {
      const url = addressOf(operation, world, false)
      const response = await call(app, null, operation.method, url, bodyOf(operation))
      if (response.statusCode !== 401) problems.push(`${operation.name}: ${response.statusCode}`)
    }
    expect(problems).toEqual([])
  })

  it('lets the owner read each of their things the sweep names (so that a 404 below means something)', async () => {
    const problems: string[] = []
    for (const operation of ofKind('owned').filter((o) => o.method === 'GET')) {
      const response = await call(app, world.owner, 'GET', addressOf(operation, world, false))
      if (response.statusCode >= 300) problems.push(`${operation.name}: ${response.statusCode}`)
    }
    for (const operation of ofKind('own-list')) {
      const query = SWEEP[operation.name]?.query?.(world.things) ?? ''
      const response = await call(app, world.owner, 'GET', `${operation.path}${query}`)
      if (response.statusCode !== 200) problems.push(`${operation.name}: ${response.statusCode}`)
    }
    expect(problems).toEqual([])
    const interviews = await call(app, world.owner, 'GET', '/api/interviews')
    expect(ownerTraces(interviews.body, world)).not.toEqual([])
  })

  it.each(NOT_OWNERS)(
    "answers the %s on the owner's things exactly as on things that do not exist",
    async (person) => {
      const who = world.people[person]
      const problems: string[] = []
      for (const operation of ofKind('owned')) {
        const body = bodyOf(operation)
        const real = await call(app, who, operation.method, addressOf(operation, world, false), body)
        const madeUp = await call(app, who, operation.method, addressOf(operation, world, true), body)
        if (real.statusCode < 400) problems.push(`${operation.name}: ${real.statusCode} on the owner's`)
        else if (real.statusCode !== madeUp.statusCode || errorCode(real) !== errorCode(madeUp)) {
          problems.push(
            `${operation.name}: ${real.statusCode} ${errorCode(real)} on the owner's, ${madeUp.statusCode} ${errorCode(madeUp)} on a made-up id`,
          )
        } else if (real.statusCode !== 404 && real.statusCode !== 400) {
          problems.push(`${operation.name}: ${real.statusCode}`)
        }
        const traces = ownerTraces(real.body, world)
        if (traces.length > 0)
          problems.push(
            `${operation.name}: shows ${traces.map((t) => `${t} (${world.ids.owned.get(t) ?? 'words'})`).join(', ')}`,
          )
      }
      expect(problems).toEqual([])
    },
  )

  it.each(NOT_OWNERS)(
    'shows the %s none of the owner’s things in their own lists and account',
    async (person) => {
      const who = world.people[person]
      const problems: string[] = []
      for (const operation of [...ofKind('own-list'), ...ofKind('account')].filter(
        (o) => o.method === 'GET',
      )) {
        const query = SWEEP[operation.name]?.query?.(world.things) ?? ''
        const response = await call(app, who, 'GET', `${operation.path}${query}`)
        if (response.statusCode >= 500) problems.push(`${operation.name}: ${response.statusCode}`)
        const traces = ownerTraces(response.body, world, person === 'narrow coach' ? world.sharedOne : [])
        if (traces.length > 0)
          problems.push(
            `${operation.name}: shows ${traces.map((t) => `${t} (${world.ids.owned.get(t) ?? 'words'})`).join(', ')}`,
          )
      }
      expect(problems).toEqual([])
    },
  )

  it.each(NOT_OWNERS)(
    "answers the %s making something with the owner's thing as with a made-up id",
    async (person) => {
      const who = world.people[person]
      const problems: string[] = []
      for (const operation of ofKind('create')) {
        const body = SWEEP[operation.name]?.body
        if (!body) continue
        const real = body(world.things)
        const madeUp = body({ interview: randomUUID(), application: randomUUID() })
        const json = { contentType: 'application/json' }
        const onReal = await call(app, who, 'POST', operation.path, {
          ...json,
          payload: JSON.stringify(real),
        })
        const onMadeUp = await call(app, who, 'POST', operation.path, {
          ...json,
          payload: JSON.stringify(madeUp),
        })
        if (onReal.statusCode < 400) problems.push(`${operation.name}: ${onReal.statusCode} with the owner's`)
        else if (onReal.statusCode !== onMadeUp.statusCode || errorCode(onReal) !== errorCode(onMadeUp)) {
          problems.push(
            `${operation.name}: ${onReal.statusCode} with the owner's, ${onMadeUp.statusCode} made up`,
          )
        }
      }
      expect(problems).toEqual([])
    },
  )

  it('opens a link only for the person it was made for, while it lasts', async () => {
    for (const operation of ofKind('shared-with-me')) {
      const at = (linkId: string) => operation.path.replace('{id}', linkId)
      const opened = await call(app, world.people.coach, 'GET', at(world.links.coach))
      expect(opened.statusCode, `${operation.name} by the coach`).toBe(200)
      expect(ownerTraces(opened.body, world), 'the overview holds no content').toEqual([])
      const refused: Array<[string, FuzzUser, string]> = [
        ['narrow coach', world.people['narrow coach'], world.links.coach],
        ['ended coach', world.people['ended coach'], world.links['ended coach']],
        ['stranger', world.people.stranger, world.links.coach],
        ['owner', world.owner, world.links.coach],
        ['coach on a made-up link', world.people.coach, randomUUID()],
      ]
      for (const [label, who, linkId] of refused) {
        const response = await call(app, who, 'GET', at(linkId))
        expect(response.statusCode, `${operation.name} by the ${label}`).toBe(404)
      }
    }
  })

  it('reads through a link only for its invitee, only what it shares, only while it lasts', async () => {
    const reads = ofKind('shared-content')
    expect(reads.length).toBeGreaterThan(0)
    const problems: string[] = []
    for (const operation of reads) {
      const real = addressOf(operation, world, false)
      const onLink = (linkId: string) => real.replace(world.links.coach, linkId)
      const refused: Array<[string, FuzzUser, string]> = [
        ['narrow coach on their link', world.people['narrow coach'], onLink(world.links['narrow coach'])],
        ['narrow coach on the coach’s link', world.people['narrow coach'], real],
        ['ended coach', world.people['ended coach'], onLink(world.links['ended coach'])],
        ['stranger', world.people.stranger, real],
        ['owner', world.owner, real],
        ['coach on a made-up link', world.people.coach, onLink(randomUUID())],
      ]
      for (const [label, who, url] of refused) {
        // The narrow coach's link shares one debrief: its list of interviews is theirs to read.
        if (label === 'narrow coach on their link' && operation.path.endsWith('/interviews')) continue
        const response = await call(app, who, 'GET', url)
        if (response.statusCode !== 404)
          problems.push(`${operation.name} by the ${label}: ${response.statusCode}`)
        if (ownerTraces(response.body, world).length > 0)
          problems.push(`${operation.name} by the ${label}: shows the owner's`)
      }
      if (!operation.path.includes('{interviewId}') && !operation.path.includes('{mockId}')) {
        const response = await call(app, world.people.coach, 'GET', real)
        if (response.statusCode !== 200)
          problems.push(`${operation.name} by the coach: ${response.statusCode}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('takes comments, ratings and questions through a link only from the person it was made for, while it lasts', async () => {
    const json = (payload: object) => ({ payload: JSON.stringify(payload), contentType: 'application/json' })
    for (const operation of ofKind('review-through-link')) {
      const at = (linkId: string) => operation.path.replace('{id}', linkId)
      const body = SWEEP[operation.name]?.body?.(world.things) ?? {}
      const refused: Array<[string, FuzzUser, string]> = [
        ['narrow coach', world.people['narrow coach'], world.links.coach],
        ['narrow coach on their own link', world.people['narrow coach'], world.links['narrow coach']],
        ['ended coach', world.people['ended coach'], world.links['ended coach']],
        ['stranger', world.people.stranger, world.links.coach],
        ['owner', world.owner, world.links.coach],
        ['coach on a made-up link', world.people.coach, randomUUID()],
      ]
      for (const [label, who, linkId] of refused) {
        const response = await call(app, who, 'POST', at(linkId), json(body))
        expect(response.statusCode, `${operation.name} by the ${label}`).toBe(404)
        expect(ownerTraces(response.body, world), `${operation.name} by the ${label}`).toEqual([])
      }
    }
    // The coach the owner shares everything with gets through (so that the 404s above mean something).
    const assigned = await call(
      app,
      world.people.coach,
      'POST',
      `/api/sharing/received/${world.links.coach}/assignments`,
      json({ question: 'Pourquoi ce poste ?', interviewId: world.things.interview }),
    )
    expect(assigned.statusCode, assigned.body).toBe(201)
  })
})
