import { type ChangeEvent, useEffect, useRef, useState } from 'react'
import type { z } from 'zod'
import { useDescribeError } from './error-text'
import {
  clearField,
  errorsFromFailure,
  type FormErrors,
  NO_ERRORS,
  useFocusOnErrors,
  validateForm,
} from './form-errors'
import { useLanguage } from './use-language'

type SchemaFormOptions<S extends z.ZodType, V> = {
  /**
   * The schema, or what loads it (`() => import(...).then(...)`): a page that must stay light on a first
   * visit (signing in or up) gets zod after its first paint, as the person starts on the form.
   */
  schema: S | (() => Promise<S>)
  /** The fields the form shows: their messages go under them, the others into the form's alert. */
  fieldNames: readonly string[]
  initial: V
  /** Error codes from the server that belong under one field (an email already taken...). */
  fieldForCode?: Record<string, string>
  /** Called as the person types in a field (to take a "saved" away, say). */
  onEdit?: () => void
}

/**
 * A form checked with the server's own zod schema and messages before anything is sent: its
 * values, its messages (the focus goes to the first one), and the server's refusal shown the same way.
 */
export function useSchemaForm<S extends z.ZodType, V extends Record<string, string>>({
  schema,
  fieldNames,
  initial,
  fieldForCode,
  onEdit,
}: SchemaFormOptions<S, V>) {
  const language = useLanguage()
  const describe = useDescribeError()
  const [values, setValues] = useState<V>(initial)
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const formRef = useRef<HTMLFormElement>(null)
  useFocusOnErrors(errors, formRef)
  const loaded = useRef<Promise<S> | null>(null)

  function loadSchema(): Promise<S> {
    if (typeof schema !== 'function') return Promise.resolve(schema)
    // A failed load (offline before the chunk came) is tried again on the next check.
    loaded.current ??= schema().catch((error: unknown) => {
      loaded.current = null
      throw error
    })
    return loaded.current
  }

  // A schema to load comes as soon as the person starts on the form (the focus enters it), so a check
  // rarely waits for it, and the page's first paint never does.
  // biome-ignore lint/correctness/useExhaustiveDependencies: listened for once, when the form is first shown
  useEffect(() => {
    const form = formRef.current
    if (typeof schema !== 'function' || !form) return
    const load = () => void loadSchema().catch(() => undefined)
    form.addEventListener('focusin', load, { once: true })
    return () => form.removeEventListener('focusin', load)
  }, [])

  function setValue<K extends keyof V>(name: K, value: V[K]) {
    setValues((current) => ({ ...current, [name]: value }))
  }

  /** What an input calls as the person types: the value is kept and its field's message goes. */
  function input(name: keyof V & string) {
    return (event: ChangeEvent<HTMLInputElement>) => {
      const { value } = event.target
      setValues((current) => ({ ...current, [name]: value }))
      setErrors((current) => clearField(current, name))
      onEdit?.()
    }
  }

  /** What a text field of the form takes: its name, value, change handler and message. */
  function field(name: keyof V & string) {
    return { name, value: values[name], onChange: input(name), error: errors.fields[name] }
  }

  /** What can be sent (the values, or the changes given); `null`, with the messages shown, if nothing can. */
  async function check(data: unknown = values): Promise<z.infer<S> | null> {
    let loadedSchema: S
    try {
      loadedSchema = await loadSchema()
    } catch (error) {
      setErrors({ form: describe(error), fields: {} })
      return null
    }
    const checked = validateForm(loadedSchema, data, language, fieldNames)
    if (!checked.ok) {
      setErrors(checked.errors)
      return null
    }
    setErrors(NO_ERRORS)
    return checked.data
  }

  /** Shows why the server refused. */
  const failed = (error: unknown) => setErrors(errorsFromFailure(error, describe, fieldNames, fieldForCode))

  return {
    formRef,
    values,
    setValue,
    setValues,
    field,
    errors,
    clearErrors: () => setErrors(NO_ERRORS),
    check,
    failed,
  }
}
