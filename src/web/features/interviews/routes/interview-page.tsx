import '../interviews.css'
import { type ComponentType, type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  type ApplicationStatus,
  FORMAT_LABELS,
  INTERVIEW_FORMATS,
  INTERVIEW_OUTCOMES,
  INTERVIEW_STAGES,
  type InterviewFormat,
  type InterviewOutcome,
  type InterviewStage,
  LIMITS,
  OUTCOME_LABELS,
  STAGE_LABELS,
} from '../../../../domain/debrief'
import type { Application, Interview, UpdateInterviewBody } from '../../../../shared/schemas/interviews'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { Dialog } from '../../../components/ui/dialog'
import { SelectField } from '../../../components/ui/fields'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { fromDateTimeInputValue, toDateTimeInputValue, useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { errorsFromFailure, type FormErrors, NO_ERRORS, useFocusOnErrors } from '../../../lib/form-errors'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { forgetDebriefSync, useDebriefSync } from '../api/debrief-sync'
import { useDeleteApplication } from '../api/delete-application'
import { useDeleteInterview } from '../api/delete-interview'
import { useInterview } from '../api/get-interview'
import { useApplicationInterviews } from '../api/get-interviews'
import { useUpdateApplication } from '../api/update-application'
import { useUpdateInterview } from '../api/update-interview'
import { DebriefBadge } from '../components/debrief-badge'
import { LimitedField, Scale } from '../components/fields'
import { useLabel } from '../components/labels'

/** What the app can place under the interview once it is saved as rejected (see app/router.tsx). */
export type RejectionOfferSlot = ComponentType<{
  interviewId: string
  applicationId: string
  rejected: boolean
}>

/** One interview: its debrief, its details and its application, all editable. */
export function InterviewPage({ rejectionOffer: RejectionOffer }: { rejectionOffer?: RejectionOfferSlot }) {
  const { id = '' } = useParams()
  const { t } = useTranslation('interviews')
  const describe = useDescribeError()
  const label = useLabel()
  const formatDate = useFormatDate()
  const interview = useInterview(id)
  const company = interview.data?.application.company
  useDocumentTitle(company ? t('detail.title', { company }) : t('list.title'))

  if (interview.isPending) return <PageLoading label={t('detail.loading')} />
  if (interview.isError || !interview.data) {
    const missing = isApiError(interview.error, 404)
    return (
      <div className="page">
        <Link to="/interviews" className="back-link">
          ← {t('list.heading')}
        </Link>
        <h1 className="page-title">{missing ? t('detail.notFoundTitle') : t('detail.loadError')}</h1>
        {missing ? (
          <p>{t('detail.notFoundBody')}</p>
        ) : (
          <>
            <FormAlert>{describe(interview.error)}</FormAlert>
            <Button className="align-start" onClick={() => interview.refetch()}>
              {t('retry')}
            </Button>
          </>
        )}
      </div>
    )
  }

  const { interview: iv, application } = interview.data
  return (
    <div className="page">
      <header className="page-header">
        <Link to="/interviews" className="back-link">
          ← {t('list.heading')}
        </Link>
        <h1 className="page-title">{application.company}</h1>
        <p className="lead">
          {application.role} · {label(STAGE_LABELS[iv.stage])} · {formatDate(iv.date, 'dateTime')}
        </p>
      </header>
      <DebriefCard interviewId={iv.id} upcoming={new Date(iv.date).getTime() > Date.now()} />
      <InterviewForm key={iv.id} interview={iv} />
      {RejectionOffer ? (
        <RejectionOffer
          interviewId={iv.id}
          applicationId={application.id}
          rejected={iv.outcome === 'rejected' || application.status === 'rejected'}
        />
      ) : null}
      <ApplicationForm key={application.id} interviewId={iv.id} application={application} />
      <DangerZone interview={iv} application={application} />
    </div>
  )
}

function DebriefCard({ interviewId, upcoming }: { interviewId: string; upcoming: boolean }) {
  const { t } = useTranslation('interviews')
  const [snapshot] = useDebriefSync(interviewId)
  const started = snapshot.version > 0 || snapshot.status === 'pending' || snapshot.status === 'saving'
  const progress = snapshot.progress
  return (
    <section className="card debrief-card" aria-labelledby="debrief-card-title">
      <div className="debrief-card__head">
        <h2 className="section-title" id="debrief-card-title">
          {t('detail.debrief')}
        </h2>
        {snapshot.status === 'loading' ? null : (
          <DebriefBadge debrief={started ? { progress } : null} upcoming={upcoming} />
        )}
      </div>
      <p className="muted">
        {upcoming && !started
          ? t('detail.debriefUpcoming')
          : started
            ? t('detail.debriefStarted')
            : t('detail.debriefIntro')}
      </p>
      <div className="debrief-card__actions">
        {!started ? (
          <Link
            to={`/interviews/${interviewId}/debrief/feelings`}
            className={buttonClass(upcoming ? 'secondary' : 'primary')}
          >
            {t('detail.startDebrief')}
          </Link>
        ) : progress < 100 ? (
          <Link to={`/interviews/${interviewId}/debrief`} className={buttonClass('primary')}>
            {t('detail.continueDebrief', { progress })}
          </Link>
        ) : (
          <Link to={`/interviews/${interviewId}/debrief/feelings`} className={buttonClass('secondary')}>
            {t('detail.editDebrief')}
          </Link>
        )}
        {started ? (
          <Link
            to={`/interviews/${interviewId}/summary`}
            className={buttonClass(progress < 100 ? 'ghost' : 'primary')}
          >
            {t('detail.summary')}
          </Link>
        ) : null}
        {upcoming ? null : (
          <Link to={`/interviews/${interviewId}/feedback`} className={buttonClass('ghost')}>
            {t('link', { ns: 'feedback' })}
          </Link>
        )}
        <Link to={`/interviews/${interviewId}/prep`} className={buttonClass(upcoming ? 'primary' : 'ghost')}>
          {t('link', { ns: 'preparation' })}
        </Link>
      </div>
    </section>
  )
}

type InterviewDraft = {
  date: string
  stage: InterviewStage
  format: InterviewFormat | ''
  durationMinutes: string
  outcome: InterviewOutcome
  gutFeeling: number | null
  interviewers: { key: string; name: string; role: string }[]
  note: string
}

function toDraft(iv: Interview): InterviewDraft {
  return {
    date: toDateTimeInputValue(new Date(iv.date)),
    stage: iv.stage,
    format: iv.format ?? '',
    durationMinutes: iv.durationMinutes === null ? '' : String(iv.durationMinutes),
    outcome: iv.outcome,
    gutFeeling: iv.gutFeeling,
    interviewers: iv.interviewers.map((p) => ({ key: crypto.randomUUID(), ...p })),
    note: iv.note,
  }
}

const INTERVIEW_FIELDS = [
  'date',
  'stage',
  'format',
  'durationMinutes',
  'outcome',
  'gutFeeling',
  'interviewers',
  'note',
]

function InterviewForm({ interview }: { interview: Interview }) {
  const { t } = useTranslation('interviews')
  const label = useLabel()
  const describe = useDescribeError()
  const update = useUpdateInterview(interview.id)
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState(() => toDraft(interview))
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const [saved, setSaved] = useState(false)
  useFocusOnErrors(errors, formRef)
  const initial = toDraft(interview)

  const set = <K extends keyof InterviewDraft>(key: K, value: InterviewDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    setSaved(false)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const fields: Record<string, string> = {}
    const date = fromDateTimeInputValue(draft.date)
    if (!date) fields.date = t('capture.errors.date')
    const duration = draft.durationMinutes.trim() === '' ? null : Number(draft.durationMinutes)
    if (
      duration !== null &&
      (!Number.isInteger(duration) || duration < 1 || duration > LIMITS.maxDurationMinutes)
    )
      fields.durationMinutes = t('detail.errors.duration', { max: LIMITS.maxDurationMinutes })
    draft.interviewers.forEach((p, i) => {
      if (p.name.trim() === '' && p.role.trim() !== '')
        fields[`interviewers.${i}.name`] = t('detail.errors.interviewerName')
    })
    if (Object.keys(fields).length > 0) {
      setErrors({ form: t('capture.errors.fix'), fields })
      return
    }
    const body: UpdateInterviewBody = {}
    if (date && draft.date !== initial.date) body.date = date
    if (draft.stage !== interview.stage) body.stage = draft.stage
    if ((draft.format || null) !== interview.format) body.format = draft.format || null
    if (duration !== interview.durationMinutes) body.durationMinutes = duration
    if (draft.outcome !== interview.outcome) body.outcome = draft.outcome
    if (draft.gutFeeling !== interview.gutFeeling) body.gutFeeling = draft.gutFeeling
    const interviewers = draft.interviewers
      .filter((p) => p.name.trim() !== '')
      .map((p) => ({ name: p.name.trim(), role: p.role.trim() }))
    if (JSON.stringify(interviewers) !== JSON.stringify(interview.interviewers))
      body.interviewers = interviewers
    if (draft.note !== interview.note) body.note = draft.note
    if (Object.keys(body).length === 0) {
      setSaved(true)
      return
    }
    setErrors(NO_ERRORS)
    update.mutate(body, {
      onSuccess: () => setSaved(true),
      onError: (error) => setErrors(errorsFromFailure(error, describe, INTERVIEW_FIELDS)),
    })
  }

  const gutWords = [t('gut.1'), t('gut.2'), t('gut.3'), t('gut.4'), t('gut.5')] as const

  return (
    <section className="card" aria-labelledby="interview-form-title">
      <h2 className="section-title" id="interview-form-title">
        {t('detail.interviewSection')}
      </h2>
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        {errors.form ? <FormAlert>{errors.form}</FormAlert> : null}
        <div className={errors.fields.date ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor="detail-date">
            {t('fields.dateTime')}
          </label>
          <input
            id="detail-date"
            className="input"
            type="datetime-local"
            value={draft.date}
            aria-invalid={errors.fields.date ? true : undefined}
            aria-describedby={errors.fields.date ? 'detail-date-error' : undefined}
            onChange={(event) => set('date', event.target.value)}
          />
          {errors.fields.date ? (
            <p className="field__error" id="detail-date-error">
              {errors.fields.date}
            </p>
          ) : null}
        </div>
        <div className="form-grid">
          <SelectField
            id="detail-stage"
            label={t('fields.stage')}
            value={draft.stage}
            error={errors.fields.stage}
            onChange={(event) => set('stage', event.target.value as InterviewStage)}
            options={INTERVIEW_STAGES.map((s) => ({ value: s, label: label(STAGE_LABELS[s]) }))}
          />
          <SelectField
            id="detail-format"
            label={t('fields.format')}
            value={draft.format}
            error={errors.fields.format}
            onChange={(event) => set('format', event.target.value as InterviewFormat | '')}
            options={[
              { value: '', label: t('detail.formatUnknown') },
              ...INTERVIEW_FORMATS.map((f) => ({ value: f, label: label(FORMAT_LABELS[f]) })),
            ]}
          />
          <SelectField
            id="detail-outcome"
            label={t('fields.outcome')}
            value={draft.outcome}
            error={errors.fields.outcome}
            onChange={(event) => set('outcome', event.target.value as InterviewOutcome)}
            options={INTERVIEW_OUTCOMES.map((o) => ({ value: o, label: label(OUTCOME_LABELS[o]) }))}
          />
          <div className={errors.fields.durationMinutes ? 'field field--invalid' : 'field'}>
            <label className="field__label" htmlFor="detail-duration">
              {t('fields.durationMinutes')}
            </label>
            <input
              id="detail-duration"
              className="input"
              type="number"
              inputMode="numeric"
              min={1}
              max={LIMITS.maxDurationMinutes}
              value={draft.durationMinutes}
              aria-invalid={errors.fields.durationMinutes ? true : undefined}
              aria-describedby={errors.fields.durationMinutes ? 'detail-duration-error' : undefined}
              onChange={(event) => set('durationMinutes', event.target.value)}
            />
            {errors.fields.durationMinutes ? (
              <p className="field__error" id="detail-duration-error">
                {errors.fields.durationMinutes}
              </p>
            ) : null}
          </div>
        </div>
        <Scale
          legend={t('fields.gutFeeling')}
          words={gutWords}
          value={draft.gutFeeling}
          onChange={(value) => set('gutFeeling', value)}
        />
        {draft.gutFeeling !== null ? (
          <Button
            variant="ghost"
            className="button--small align-start"
            onClick={() => set('gutFeeling', null)}
          >
            {t('capture.gutClear')}
          </Button>
        ) : null}
        <fieldset className="chips-group">
          <legend className="chips-group__legend">{t('fields.interviewers')}</legend>
          {draft.interviewers.length === 0 ? (
            <p className="field__hint">{t('detail.noInterviewers')}</p>
          ) : null}
          <ul className="interviewer-list">
            {draft.interviewers.map((p, i) => (
              <li key={p.key} className="interviewer-row">
                <LimitedField
                  id={`interviewer-name-${p.key}`}
                  label={t('detail.interviewerName', { n: i + 1 })}
                  singleLine
                  value={p.name}
                  maxLength={LIMITS.interviewerName}
                  error={errors.fields[`interviewers.${i}.name`]}
                  onChange={(name) =>
                    set(
                      'interviewers',
                      draft.interviewers.map((x) => (x.key === p.key ? { ...x, name } : x)),
                    )
                  }
                />
                <LimitedField
                  id={`interviewer-role-${p.key}`}
                  label={t('detail.interviewerRole', { n: i + 1 })}
                  singleLine
                  value={p.role}
                  maxLength={LIMITS.interviewerRole}
                  error={errors.fields[`interviewers.${i}.role`]}
                  onChange={(role) =>
                    set(
                      'interviewers',
                      draft.interviewers.map((x) => (x.key === p.key ? { ...x, role } : x)),
                    )
                  }
                />
                <Button
                  variant="ghost"
                  className="button--small"
                  onClick={() =>
                    set(
                      'interviewers',
                      draft.interviewers.filter((x) => x.key !== p.key),
                    )
                  }
                >
                  {t('detail.removeInterviewer', { n: i + 1 })}
                </Button>
              </li>
            ))}
          </ul>
          {draft.interviewers.length < LIMITS.interviewers ? (
            <Button
              variant="ghost"
              className="button--small align-start"
              onClick={() =>
                set('interviewers', [...draft.interviewers, { key: crypto.randomUUID(), name: '', role: '' }])
              }
            >
              + {t('detail.addInterviewer')}
            </Button>
          ) : null}
        </fieldset>
        <LimitedField
          id="detail-note"
          label={t('fields.note')}
          value={draft.note}
          rows={4}
          maxLength={LIMITS.interviewNote}
          error={errors.fields.note}
          onChange={(value) => set('note', value)}
        />
        <div className="form__footer">
          <Button type="submit" pending={update.isPending} pendingLabel={t('detail.saving')}>
            {t('detail.save')}
          </Button>
          <StatusMessage>{saved ? t('detail.saved') : null}</StatusMessage>
        </div>
      </form>
    </section>
  )
}

const APPLICATION_FIELDS = ['company', 'role', 'postingUrl', 'source', 'status', 'notes']

function ApplicationForm({ interviewId, application }: { interviewId: string; application: Application }) {
  const { t } = useTranslation('interviews')
  const label = useLabel()
  const describe = useDescribeError()
  const update = useUpdateApplication(interviewId, application.id)
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState({
    company: application.company,
    role: application.role,
    status: application.status,
    postingUrl: application.postingUrl,
    source: application.source,
    notes: application.notes,
  })
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const [saved, setSaved] = useState(false)
  useFocusOnErrors(errors, formRef)

  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    setSaved(false)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const fields: Record<string, string> = {}
    if (draft.company.trim() === '') fields.company = t('capture.errors.company')
    if (draft.role.trim() === '') fields.role = t('capture.errors.role')
    if (draft.postingUrl.trim() !== '' && !/^https?:\/\/\S+$/i.test(draft.postingUrl.trim()))
      fields.postingUrl = t('detail.errors.url')
    if (Object.keys(fields).length > 0) {
      setErrors({ form: t('capture.errors.fix'), fields })
      return
    }
    const body = Object.fromEntries(
      Object.entries(draft).filter(([key, value]) => value !== application[key as keyof typeof draft]),
    )
    if (Object.keys(body).length === 0) {
      setSaved(true)
      return
    }
    setErrors(NO_ERRORS)
    update.mutate(body, {
      onSuccess: () => setSaved(true),
      onError: (error) => setErrors(errorsFromFailure(error, describe, APPLICATION_FIELDS)),
    })
  }

  return (
    <section className="card" aria-labelledby="application-form-title">
      <h2 className="section-title" id="application-form-title">
        {t('detail.applicationSection')}
      </h2>
      <p className="muted small">{t('detail.applicationHint')}</p>
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        {errors.form ? <FormAlert>{errors.form}</FormAlert> : null}
        <div className="form-grid">
          <LimitedField
            id="app-company"
            label={t('fields.company')}
            singleLine
            value={draft.company}
            maxLength={LIMITS.company}
            error={errors.fields.company}
            onChange={(value) => set('company', value)}
          />
          <LimitedField
            id="app-role"
            label={t('fields.role')}
            singleLine
            value={draft.role}
            maxLength={LIMITS.role}
            error={errors.fields.role}
            onChange={(value) => set('role', value)}
          />
        </div>
        <SelectField
          id="app-status"
          label={t('fields.applicationStatus')}
          value={draft.status}
          error={errors.fields.status}
          onChange={(event) => set('status', event.target.value as ApplicationStatus)}
          options={APPLICATION_STATUSES.map((s) => ({
            value: s,
            label: label(APPLICATION_STATUS_LABELS[s]),
          }))}
        />
        <LimitedField
          id="app-url"
          label={t('fields.postingUrl')}
          hint={t('detail.postingUrlHint')}
          singleLine
          type="url"
          value={draft.postingUrl}
          maxLength={LIMITS.url}
          error={errors.fields.postingUrl}
          onChange={(value) => set('postingUrl', value)}
        />
        {application.postingUrl ? (
          <p className="small">
            <a href={application.postingUrl} target="_blank" rel="noopener noreferrer">
              {t('detail.openPosting')}
            </a>
          </p>
        ) : null}
        <LimitedField
          id="app-source"
          label={t('fields.source')}
          hint={t('detail.sourceHint')}
          singleLine
          value={draft.source}
          maxLength={LIMITS.source}
          error={errors.fields.source}
          onChange={(value) => set('source', value)}
        />
        <LimitedField
          id="app-notes"
          label={t('fields.applicationNotes')}
          value={draft.notes}
          rows={4}
          maxLength={LIMITS.applicationNotes}
          error={errors.fields.notes}
          onChange={(value) => set('notes', value)}
        />
        <div className="form__footer">
          <Button type="submit" pending={update.isPending} pendingLabel={t('detail.saving')}>
            {t('detail.saveApplication')}
          </Button>
          <StatusMessage>{saved ? t('detail.saved') : null}</StatusMessage>
        </div>
      </form>
    </section>
  )
}

function DangerZone({ interview, application }: { interview: Interview; application: Application }) {
  const { t } = useTranslation('interviews')
  const describe = useDescribeError()
  const navigate = useNavigate()
  const user = useCurrentUser()
  const deleteInterview = useDeleteInterview(interview.id)
  const deleteApplication = useDeleteApplication(application)
  const related = useApplicationInterviews(application.id)
  const [confirm, setConfirm] = useState<'interview' | 'application' | null>(null)
  const count = related.data?.interviews.length ?? 1

  return (
    <section className="card card--danger" aria-labelledby="danger-title">
      <h2 className="section-title" id="danger-title">
        {t('detail.dangerTitle')}
      </h2>
      <div className="danger-actions">
        <Button variant="danger-outline" onClick={() => setConfirm('interview')}>
          {t('detail.deleteInterview')}
        </Button>
        <Button variant="danger-outline" onClick={() => setConfirm('application')}>
          {t('detail.deleteApplication')}
        </Button>
      </div>
      <Dialog
        open={confirm === 'interview'}
        tone="danger"
        onClose={() => setConfirm(null)}
        title={t('detail.deleteInterviewTitle')}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirm(null)}>
              {t('cancel')}
            </Button>
            <Button
              variant="danger"
              pending={deleteInterview.isPending}
              pendingLabel={t('detail.deleting')}
              onClick={() =>
                deleteInterview.mutate(undefined, {
                  onSuccess: () => {
                    forgetDebriefSync(user.id, interview.id)
                    navigate('/interviews', { replace: true })
                  },
                })
              }
            >
              {t('detail.deleteInterviewConfirm')}
            </Button>
          </>
        }
      >
        <p>{t('detail.deleteInterviewBody', { company: application.company })}</p>
        {deleteInterview.isError ? <FormAlert>{describe(deleteInterview.error)}</FormAlert> : null}
      </Dialog>
      <Dialog
        open={confirm === 'application'}
        tone="danger"
        onClose={() => setConfirm(null)}
        title={t('detail.deleteApplicationTitle', { company: application.company })}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirm(null)}>
              {t('cancel')}
            </Button>
            <Button
              variant="danger"
              pending={deleteApplication.isPending}
              pendingLabel={t('detail.deleting')}
              onClick={() =>
                deleteApplication.mutate(undefined, {
                  onSuccess: () => {
                    for (const item of related.data?.interviews ?? [interview])
                      forgetDebriefSync(user.id, item.id)
                    navigate('/interviews', { replace: true })
                  },
                })
              }
            >
              {t('detail.deleteApplicationConfirm')}
            </Button>
          </>
        }
      >
        <p>
          {t('detail.deleteApplicationBody', { count, company: application.company, role: application.role })}
        </p>
        {deleteApplication.isError ? <FormAlert>{describe(deleteApplication.error)}</FormAlert> : null}
      </Dialog>
    </section>
  )
}
