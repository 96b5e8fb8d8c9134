import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { describeIssue, fieldMessages } from './validation-messages'

const schema = z.object({ email: z.email(), age: z.number().int() })
const issuesOf = (value: unknown) => schema.safeParse(value).error?.issues ?? []

describe('validation messages', () => {
  it('a field of the wrong type gets the wrong-type message, not "required" (zod issues as they come)', () => {
    expect(fieldMessages(issuesOf({ email: 5, age: 'old' }), 'fr')).toEqual({
      email: 'Cette valeur n’a pas le bon type.',
      age: 'Cette valeur n’a pas le bon type.',
    })
    expect(fieldMessages(issuesOf({ email: 5 }), 'en')).toEqual({
      email: 'This value has the wrong type.',
      age: 'This field is required.',
    })
  })

  it('a missing or null field gets the required message', () => {
    expect(fieldMessages(issuesOf({ email: null }), 'fr')).toEqual({
      email: 'Ce champ est obligatoire.',
      age: 'Ce champ est obligatoire.',
    })
  })

  it('the received value, when the caller gives it, decides over the wording of the message', () => {
    const issue = { code: 'invalid_type', message: 'custom wording', path: ['email'] }
    expect(describeIssue({ ...issue, input: 5 }, 'en')).toBe('This value has the wrong type.')
    expect(describeIssue({ ...issue, input: undefined }, 'en')).toBe('This field is required.')
  })
})
