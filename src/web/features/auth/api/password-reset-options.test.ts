import { describe, expect, it } from 'vitest'
import { passwordResetOptionsResponseSchema } from '../../../../shared/schemas/password-reset'
import { readPasswordResetOptions } from './password-reset-options'

// The hand-written check of the sign-in page's first load agrees with the shared zod schema.
describe('password reset options read without zod', () => {
  const answers: unknown[] = [
    { byMail: true },
    { byMail: false },
    { byMail: false, extra: 1 },
    { byMail: 'true' },
    { byMail: null },
    {},
    null,
    'text',
    [],
  ]
  it.each(answers.map((payload) => [JSON.stringify(payload), payload]))('%s', (_, payload) => {
    const parsed = passwordResetOptionsResponseSchema.safeParse(payload)
    expect(readPasswordResetOptions(payload)).toEqual(parsed.success ? parsed.data : undefined)
  })
})
