import '../interviews.css'
import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { INTERVIEW_STAGES, type InterviewStage, LIMITS, STAGE_LABELS } from '../../../../domain/debrief'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { describedBy } from '../../../components/ui/fields'
import { fromDateTimeInputValue, toDateTimeInputValue } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import {
  clearField,
  errorsFromFailure,
  type FormErrors,
  NO_ERRORS,
  useFocusOnErrors,
} from '../../../lib/form-errors'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useCreateInterview } from '../api/create-interview'
import { CompanyCombobox } from '../components/company-combobox'
import { ChoiceChips, LimitedField, Scale } from '../components/fields'
import { useLabel } from '../components/labels'
import { useStoredState } from '../components/use-stored-state'

type Capture = {
  company: string
  role: string
  application: { id: string; company: string; role: string } | null
  stage: InterviewStage | null
  date: string
  gutFeeling: 1 | 2 | 3 | 4 | 5 | null
  note: string
}

function isCapture(value: unknown): value is Capture {
  const v = value as Partial<Capture> | null
  return (
    !!v &&
    typeof v.company === 'string' &&
    typeof v.role === 'string' &&
    typeof v.date === 'string' &&
    typeof v.note === 'string'
  )
}

const FIELDS = ['company', 'role', 'stage', 'date', 'gutFeeling', 'note'] as const

/** Quick capture: what can be typed in under a minute, right after the interview. */
export function NewInterviewPage() {
  const { t } = useTranslation('interviews')
  const label = useLabel()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const describe = useDescribeError()
  const create = useCreateInterview()
  const formRef = useRef<HTMLFormElement>(null)
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  useFocusOnErrors(errors, formRef)
  useDocumentTitle(t('capture.title'))

  const [form, setForm, clearStored] = useStoredState<Capture>(
    `capture.${user.id}`,
    () => ({
      company: '',
      role: '',
      application: null,
      stage: null,
      date: toDateTimeInputValue(new Date()),
      gutFeeling: null,
      note: '',
    }),
    isCapture,
  )

  function update<K extends keyof Capture>(key: K, value: Capture[K]) {
    setForm((previous) => ({ ...previous, [key]: value }))
    setErrors((previous) => clearField(previous, key))
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
    create.mutate(
      {
        ...(form.application
          ? { applicationId: form.application.id }
          : { company: form.company.trim(), role: form.role.trim() }),
        stage: form.stage,
        date: dateIso,
        gutFeeling: form.gutFeeling,
        note: form.note.trim(),
      },
      {
        onSuccess: ({ interview }) => {
          clearStored()
          navigate(upcoming ? `/interviews/${interview.id}` : `/interviews/${interview.id}/debrief/feelings`)
        },
        onError: (error) => setErrors(errorsFromFailure(error, describe, FIELDS)),
      },
    )
  }

  const gutWords = [t('gut.1'), t('gut.2'), t('gut.3'), t('gut.4'), t('gut.5')] as const

  return (
    <div className="page">
      <header className="page-header">
        <Link to="/interviews" className="back-link">
          ← {t('list.heading')}
        </Link>
        <h1 className="page-title">{t('capture.heading')}</h1>
        <p className="lead">{t('capture.lead')}</p>
      </header>
      <form ref={formRef} className="form card" noValidate onSubmit={submit}>
        {errors.form ? <FormAlert>{errors.form}</FormAlert> : null}
        <CompanyCombobox
          id="capture-company"
          label={t('fields.company')}
          hint={t('capture.companyHint')}
          value={form.application ? form.application.company : form.company}
          error={errors.fields.company}
          onChange={(company) => {
            setForm((previous) => ({
              ...previous,
              company,
              // Typing again means another company: the link to the picked application goes.
              role: previous.application ? previous.application.role : previous.role,
              application: null,
            }))
            setErrors((previous) => clearField(previous, 'company'))
          }}
          onPick={(application) => {
            setForm((previous) => ({
              ...previous,
              company: application.company,
              role: application.role,
              application: { id: application.id, company: application.company, role: application.role },
            }))
            setErrors((previous) => clearField(clearField(previous, 'company'), 'role'))
          }}
        />
        {form.application ? (
          <div className="linked-application" role="status">
            <p>{t('capture.linked', { company: form.application.company, role: form.application.role })}</p>
            <Button
              variant="ghost"
              className="button--small"
              onClick={() =>
                setForm((previous) => ({
                  ...previous,
                  company: previous.application?.company ?? previous.company,
                  role: previous.application?.role ?? previous.role,
                  application: null,
                }))
              }
            >
              {t('capture.unlink')}
            </Button>
          </div>
        ) : (
          <LimitedField
            id="capture-role"
            label={t('fields.role')}
            singleLine
            value={form.role}
            maxLength={LIMITS.role}
            error={errors.fields.role}
            onChange={(value) => update('role', value)}
          />
        )}
        <ChoiceChips
          legend={t('fields.stage')}
          name="capture-stage"
          options={INTERVIEW_STAGES.map((stage) => ({ value: stage, label: label(STAGE_LABELS[stage]) }))}
          value={form.stage}
          error={errors.fields.stage}
          onChange={(value) => update('stage', value)}
        />
        <div className={errors.fields.date ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor="capture-date">
            {t('fields.dateTime')}
          </label>
          <p className="field__hint" id="capture-date-hint">
            {t('capture.dateHint')}
          </p>
          <input
            id="capture-date"
            className="input"
            type="datetime-local"
            value={form.date}
            aria-invalid={errors.fields.date ? true : undefined}
            aria-describedby={describedBy('capture-date', true, errors.fields.date)}
            onChange={(event) => update('date', event.target.value)}
          />
          {errors.fields.date ? (
            <p className="field__error" id="capture-date-error">
              {errors.fields.date}
            </p>
          ) : null}
        </div>
        <Scale
          legend={t('fields.gutFeeling')}
          hint={t('capture.gutHint')}
          words={gutWords}
          value={form.gutFeeling}
          onChange={(value) => update('gutFeeling', value)}
        />
        {form.gutFeeling !== null ? (
          <Button
            variant="ghost"
            className="button--small align-start"
            onClick={() => update('gutFeeling', null)}
          >
            {t('capture.gutClear')}
          </Button>
        ) : null}
        <LimitedField
          id="capture-note"
          label={t('fields.note')}
          hint={t('capture.noteHint')}
          value={form.note}
          rows={4}
          maxLength={LIMITS.interviewNote}
          error={errors.fields.note}
          onChange={(value) => update('note', value)}
        />
        <div className="form__footer">
          <Button
            type="submit"
            className="button--block-phone"
            pending={create.isPending}
            pendingLabel={t('capture.saving')}
          >
            {upcoming ? t('capture.submitUpcoming') : t('capture.submit')}
          </Button>
        </div>
        <p className="muted small">{t('capture.keptHere')}</p>
      </form>
    </div>
  )
}
