import { type RefObject, useEffect } from 'react'
import type { z } from 'zod'
import type { Language } from '../../shared/schemas/common'
import { fieldMessages } from '../../shared/validation-messages'
import { ApiError } from './api-client'

/** What a form shows: one alert for the whole form, one message per field. */
export type FormErrors = {
  form?: string | undefined
  fields: Record<string, string>
}

export const NO_ERRORS: FormErrors = { fields: {} }

export function hasErrors(errors: FormErrors): boolean {
  return errors.form !== undefined || Object.keys(errors.fields).length > 0
}

type Validation<T> = { ok: true; data: T } | { ok: false; errors: FormErrors }

/** Checks a form with the same zod schema and messages as the server, before sending anything. */
export function validateForm<S extends z.ZodType>(
  schema: S,
  input: unknown,
  language: Language,
  fieldNames: readonly string[],
): Validation<z.infer<S>> {
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, data: result.data }
  return { ok: false, errors: splitFields(fieldMessages(result.error.issues, language), fieldNames) }
}

/** Turns a failed request into form errors; field messages go under their inputs when the form has them. */
export function errorsFromFailure(
  error: unknown,
  describe: (error: unknown) => string,
  fieldNames: readonly string[],
  fieldForCode: Record<string, string> = {},
): FormErrors {
  if (error instanceof ApiError) {
    const field = fieldForCode[error.code]
    if (field !== undefined && error.fields === undefined && error.message !== '') {
      return { fields: { [field]: error.message } }
    }
    if (error.fields !== undefined) {
      const split = splitFields(error.fields, fieldNames)
      return { form: joinSentences(describe(error), split.form), fields: split.fields }
    }
  }
  return { form: describe(error), fields: {} }
}

function splitFields(messages: Record<string, string>, fieldNames: readonly string[]): FormErrors {
  const fields: Record<string, string> = {}
  const others: string[] = []
  for (const [name, message] of Object.entries(messages)) {
    if (fieldNames.includes(name)) fields[name] = message
    else others.push(message)
  }
  return { form: others.length > 0 ? others.join(' ') : undefined, fields }
}

function joinSentences(first: string, second: string | undefined): string {
  return second === undefined ? first : `${first} ${second}`
}

/** Removes one field's message, e.g. as soon as the person edits that field. */
export function clearField(errors: FormErrors, name: string): FormErrors {
  if (!(name in errors.fields)) return errors
  const { [name]: _removed, ...fields } = errors.fields
  return { ...errors, fields }
}

/**
 * After a failed submit, puts the focus on the first invalid field (its message is read with it),
 * or on the form alert when no field is concerned.
 */
export function useFocusOnErrors(errors: FormErrors, formRef: RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    if (!hasErrors(errors)) return
    const form = formRef.current
    if (!form) return
    const target =
      form.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.querySelector<HTMLElement>('[data-form-alert]')
    target?.focus()
  }, [errors, formRef])
}
