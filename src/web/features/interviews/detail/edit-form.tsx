import { type ChangeEvent, type FormEvent, type ReactNode, type RefObject, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { CheckedForm } from '../../../components/ui/checked-form'
import { TitledSection } from '../../../components/ui/titled-section'
import { useDescribeError } from '../../../lib/error-text'
import { errorsFromFailure, type FormErrors, NO_ERRORS, useFocusOnErrors } from '../../../lib/form-errors'

type EditFormOptions<D, B extends object> = {
  initial: () => D
  /** The fields the form shows, so that the server's messages go under them. */
  fieldNames: readonly string[]
  /** A message for each field that cannot be sent as it is. */
  check: (draft: D) => Record<string, string>
  /** What differs from what is saved; nothing is sent when it is empty. */
  changes: (draft: D) => B
  save: (body: B, callbacks: { onSuccess: () => void; onError: (error: Error) => void }) => void
}

/** The draft's fields that hold text (a select's value is one). */
type StringKey<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string

export type EditForm<D> = {
  formRef: RefObject<HTMLFormElement | null>
  draft: D
  set: <K extends keyof D>(key: K, value: D[K]) => void
  /** What a field takes for one value of the draft: the value, its message, and the change. */
  field: <K extends keyof D & string>(
    key: K,
  ) => { value: D[K]; error: string | undefined; onChange: (value: D[K]) => void }
  /** What a select takes for one value of the draft, one of `values`, each shown as `labelOf` names it. */
  select: <K extends StringKey<D>>(
    key: K,
    values: readonly D[K][],
    labelOf: (value: D[K]) => string,
  ) => {
    value: D[K]
    error: string | undefined
    onChange: (event: ChangeEvent<HTMLSelectElement>) => void
    options: { value: D[K]; label: string }[]
  }
  errors: FormErrors
  saved: boolean
  submit: (event: FormEvent) => void
}

/** A saved thing edited in a form: a draft, its checks, and only what changed sent on "save". */
export function useEditForm<D, B extends object>(options: EditFormOptions<D, B>): EditForm<D> {
  const { initial, fieldNames, check, changes, save } = options
  const { t } = useTranslation('interviews')
  const describe = useDescribeError()
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState(initial)
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const [saved, setSaved] = useState(false)
  useFocusOnErrors(errors, formRef)

  const set = <K extends keyof D>(key: K, value: D[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    setSaved(false)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const fields = check(draft)
    if (Object.keys(fields).length > 0) {
      setErrors({ form: t('capture.errors.fix'), fields })
      return
    }
    const body = changes(draft)
    if (Object.keys(body).length === 0) {
      setSaved(true)
      return
    }
    setErrors(NO_ERRORS)
    save(body, {
      onSuccess: () => setSaved(true),
      onError: (error) => setErrors(errorsFromFailure(error, describe, fieldNames)),
    })
  }

  const field = <K extends keyof D & string>(key: K) => ({
    value: draft[key],
    error: errors.fields[key],
    onChange: (value: D[K]) => set(key, value),
  })

  const select = <K extends StringKey<D>>(
    key: K,
    values: readonly D[K][],
    labelOf: (value: D[K]) => string,
  ) => ({
    value: draft[key],
    error: errors.fields[key],
    // The select offers only `values`: what it reports is one of them.
    onChange: (event: ChangeEvent<HTMLSelectElement>) => set(key, event.target.value as D[K]),
    options: values.map((value) => ({ value, label: labelOf(value) })),
  })

  return { formRef, draft, set, field, select, errors, saved, submit }
}

type EditFormCardProps<D> = {
  /** The id of the card's title, which names the card. */
  id: string
  title: ReactNode
  intro?: ReactNode
  form: EditForm<D>
  pending: boolean
  submitLabel: ReactNode
  children: ReactNode
}

/** A card holding an edit form: its title, the form's alert, its fields, "save" and "saved". */
export function EditFormCard<D>({
  id,
  title,
  intro,
  form,
  pending,
  submitLabel,
  children,
}: EditFormCardProps<D>) {
  const { t } = useTranslation('interviews')
  return (
    <TitledSection id={id} title={title}>
      {intro ? <p className="muted small">{intro}</p> : null}
      <CheckedForm formRef={form.formRef} alert={form.errors.form} onSubmit={form.submit}>
        {children}
        <div className="form__footer">
          <Button type="submit" pending={pending} pendingLabel={t('detail.saving')}>
            {submitLabel}
          </Button>
          <StatusMessage>{form.saved ? t('detail.saved') : null}</StatusMessage>
        </div>
      </CheckedForm>
    </TitledSection>
  )
}
