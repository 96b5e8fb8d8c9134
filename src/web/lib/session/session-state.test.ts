import { describe, expect, it } from 'vitest'
import { sessionStateResponseSchema, userResponseSchema } from '../../../shared/schemas/auth'
import { errorResponseSchema } from '../../../shared/schemas/common'
import { readErrorBody } from '../api-client'
import { readSessionState, readUserResponse } from './session-state'

const user = {
  id: 'u1',
  email: 'a@example.org',
  displayName: 'Camille',
  language: 'fr',
  timeZone: 'Europe/Paris',
  createdAt: '2026-01-01T00:00:00.000Z',
}

// The hand-written checks of the first load agree with the shared zod schemas they stand in for.
describe('first-load answers read without zod', () => {
  const sessions: unknown[] = [
    { user },
    { user: null },
    { user: { ...user, extra: 1 } },
    { user: { ...user, language: 'de' } },
    { user: { ...user, email: 3 } },
    { user: { ...user, createdAt: undefined } },
    { user: 'someone' },
    {},
    null,
    'text',
    [],
  ]
  it.each(sessions.map((payload) => [JSON.stringify(payload), payload]))('session %s', (_, payload) => {
    const parsed = sessionStateResponseSchema.safeParse(payload)
    expect(readSessionState(payload)).toEqual(parsed.success ? parsed.data : undefined)
  })

  it.each(sessions.map((payload) => [JSON.stringify(payload), payload]))(
    'signed-in user %s',
    (_, payload) => {
      const parsed = userResponseSchema.safeParse(payload)
      expect(readUserResponse(payload)).toEqual(parsed.success ? parsed.data : undefined)
    },
  )

  const errors: unknown[] = [
    { error: { code: 'invalid', message: 'Bad', fields: { email: 'required' } } },
    { error: { code: 'invalid', message: 'Bad' } },
    { error: { code: 'invalid', message: 'Bad', fields: { email: 3 } } },
    { error: { code: 'invalid' } },
    { error: 'nope' },
    { message: 'x' },
    null,
  ]
  it.each(errors.map((payload) => [JSON.stringify(payload), payload]))('error %s', (_, payload) => {
    const parsed = errorResponseSchema.safeParse(payload)
    expect(readErrorBody(payload)).toEqual(parsed.success ? parsed.data : undefined)
  })
})
