import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { ApplicationSummary } from '../../../../shared/schemas/interviews'
import { fromDateTimeInputValue } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import {
  clearField,
  errorsFromFailure,
  type FormErrors,
  NO_ERRORS,
  useFocusOnErrors,
} from '../../../lib/form-errors'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useCreateInterview } from '../api/create-interview'
import { useStoredState } from '../components/use-stored-state'
import { type Capture, captureBody, emptyCapture, isCapture } from './capture-draft'

const FIELDS = ['company', 'role', 'stage', 'date', 'gutFeeling', 'note'] as const

/**
 * The quick capture's form, kept on the device until it is sent: the company typed or an
 * application picked, its checks, and the interview created (then its debrief, or its page when
 * it is still to come).
 */
export function useCaptureForm() {
  const { t } = useTranslation('interviews')
  const user = useCurrentUser()
  const navigate = useNavigate()
  const describe = useDescribeError()
  const create = useCreateInterview()
  const formRef = useRef<HTMLFormElement>(null)
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  useFocusOnErrors(errors, formRef)
  const [form, setForm, clearStored] = useStoredState<Capture>(`capture.${user.id}`, emptyCapture, isCapture)

  function update<K extends keyof Capture>(key: K, value: Capture[K]) {
    setForm((previous) => ({ ...previous, [key]: value }))
    setErrors((previous) => clearField(previous, key))
  }

  /** What a field takes for one value of the form: the value, its message, and the change. */
  const field = <K extends keyof Capture>(key: K) => ({
    value: form[key],
    error: errors.fields[key],
    onChange: (value: Capture[K]) => update(key, value),
  })

  function typeCompany(company: string) {
    setForm((previous) => ({
      ...previous,
      company,
      // Typing again means another company: the link to the picked application goes.
      role: previous.application ? previous.application.role : previous.role,
      application: null,
    }))
    setErrors((previous) => clearField(previous, 'company'))
  }

  function pickApplication(application: ApplicationSummary) {
    setForm((previous) => ({
      ...previous,
      company: application.company,
      role: application.role,
      application: { id: application.id, company: application.company, role: application.role },
    }))
    setErrors((previous) => clearField(clearField(previous, 'company'), 'role'))
  }

  function unlinkApplication() {
    setForm((previous) => ({
      ...previous,
      company: previous.application?.company ?? previous.company,
      role: previous.application?.role ?? previous.role,
      application: null,
    }))
  }

  const dateIso = fromDateTimeInputValue(form.date)
  const upcoming = dateIso !== null && new Date(dateIso).getTime() > Date.now() + 15 * 60 * 1000

  function validate(): FormErrors {
    const fields: Record<string, string> = {}
    if (!form.application && form.company.trim() === '') fields.company = t('capture.errors.company')
    if (!form.application && form.role.trim() === '') fields.role = t('capture.errors.role')
    if (!form.stage) fields.stage = t('capture.errors.stage')
    if (!dateIso) fields.date = t('capture.errors.date')
    return { fields }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (create.isPending) return
    const found = validate()
    if (Object.keys(found.fields).length > 0 || !form.stage || !dateIso) {
      setErrors({ ...found, form: t('capture.errors.fix') })
      return
    }
    setErrors(NO_ERRORS)
    create.mutate(captureBody(upcoming ? { ...form, gutFeeling: null } : form, form.stage, dateIso), {
      onSuccess: ({ interview }) => {
        clearStored()
        navigate(upcoming ? `/interviews/${interview.id}` : `/interviews/${interview.id}/debrief/feelings`)
      },
      onError: (error) => setErrors(errorsFromFailure(error, describe, FIELDS)),
    })
  }

  return {
    formRef,
    form,
    errors,
    update,
    field,
    typeCompany,
    pickApplication,
    unlinkApplication,
    upcoming,
    pending: create.isPending,
    submit,
  }
}

export type CaptureForm = ReturnType<typeof useCaptureForm>
