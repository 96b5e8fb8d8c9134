import type { FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import type { InvitationCreated } from '../../../shared/schemas/sharing'
import {
  asUser,
  captureInterview,
  createTestApp,
  signUp,
  type TestClock,
  testClock,
} from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

describe.each(testDatabases)('an invitation seen before it is accepted, on $kind', (database) => {
  let app: FastifyInstance
  let clock: TestClock
  afterEach(async () => {
    await app?.close()
  })

  const check = (token: string) =>
    app.inject({ method: 'POST', url: '/api/sharing/invitations/check', payload: { token } })

  it('tells anyone holding the token whose it is and what it shares, naming no interview', async () => {
    clock = testClock(new Date('2026-03-02T09:00:00.000Z'))
    app = await createTestApp(database, { now: clock.now })
    const camille = await signUp(app, { displayName: 'Camille' })
    const { interview } = await captureInterview(app, camille, {
      company: 'Decathlon',
      role: 'Cheffe de projet',
      stage: 'hr',
      date: '2026-02-27T10:00:00.000Z',
    })
    const made = await asUser(app, camille).post('/api/sharing/invitations', {
      role: 'partner',
      label: 'Sam',
      shares: {
        debriefs: 'selected',
        interviewIds: [interview.id],
        rehearsal: true,
        mockInterviews: false,
        progress: false,
      },
    })
    expect(made.statusCode, made.body).toBe(201)
    const token = (made.json() as InvitationCreated).url.split('#')[1] as string

    const seen = await check(token)
    expect(seen.statusCode, seen.body).toBe(200)
    expect(seen.json()).toEqual({
      owner: { displayName: 'Camille' },
      role: 'partner',
      shares: {
        debriefs: 'selected',
        selectedDebriefs: 1,
        rehearsal: true,
        mockInterviews: false,
        progress: false,
        moods: false,
        rebounds: false,
      },
      expiresAt: '2026-03-09T09:00:00.000Z',
    })
    expect(seen.body).not.toContain(interview.id)
    expect(seen.body).not.toContain('Sam')
    expect(seen.body).not.toContain('Decathlon')

    expect((await check('not-a-token')).json().error.code).toBe('invitation_invalid')
    expect((await check('not-a-token')).statusCode).toBe(400)

    const sam = await signUp(app, { displayName: 'Sam' })
    expect((await asUser(app, sam).post('/api/sharing/accept', { token })).statusCode).toBe(200)
    const used = await check(token)
    expect([used.statusCode, used.json().error.code]).toEqual([410, 'invitation_used'])
  })

  it('says an invitation nobody accepted within a week has expired', async () => {
    clock = testClock(new Date('2026-03-02T09:00:00.000Z'))
    app = await createTestApp(database, { now: clock.now })
    const camille = await signUp(app)
    const made = await asUser(app, camille).post('/api/sharing/invitations', {
      role: 'coach',
      shares: { debriefs: 'all', rehearsal: false, mockInterviews: false, progress: false },
    })
    const token = (made.json() as InvitationCreated).url.split('#')[1] as string
    clock.advance(WEEK_MS)
    const expired = await check(token)
    expect([expired.statusCode, expired.json().error.code]).toEqual([410, 'invitation_expired'])
    expect((await check('')).statusCode).toBe(400)
  })
})
