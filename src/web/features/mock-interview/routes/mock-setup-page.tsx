import '../mock-interview.css'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { INTERVIEW_STAGES, type InterviewStage, STAGE_LABELS } from '../../../../domain/debrief/taxonomy'
import {
  MAX_POSTING_LENGTH,
  MAX_QUESTIONS,
  MIN_QUESTIONS,
  PERSONAS,
  type Persona,
} from '../../../../domain/mock-interview/settings'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { SelectField, TextAreaField, TextField } from '../../../components/ui/fields'
import { useDescribeError } from '../../../lib/error-text'
import { errorsFromFailure, type FormErrors, NO_ERRORS } from '../../../lib/form-errors'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useLanguage } from '../../../lib/use-language'
import { useStartMockInterview } from '../api/start-mock-interview'
import { ApplicationChoice } from '../components/application-choice'

const FIELDS = ['applicationId', 'role', 'stage', 'questionCount', 'persona', 'level', 'posting'] as const
const LEVELS = ['1', '2', '3', '4'] as const
const COUNTS = Array.from({ length: MAX_QUESTIONS - MIN_QUESTIONS + 1 }, (_, i) => String(MIN_QUESTIONS + i))

/** One screen, sensible defaults: the stage, how many questions, who asks, how much pressure. */
export function MockSetupPage() {
  const { t } = useTranslation('mock')
  const lang = useLanguage()
  const navigate = useNavigate()
  const describe = useDescribeError()
  const start = useStartMockInterview()
  useDocumentTitle(t('title'))
  const [applicationId, setApplicationId] = useState('')
  const [role, setRole] = useState('')
  const [stage, setStage] = useState<InterviewStage>('manager')
  const [count, setCount] = useState('6')
  const [persona, setPersona] = useState<Persona>('neutre')
  const [level, setLevel] = useState<(typeof LEVELS)[number]>('1')
  const [posting, setPosting] = useState('')
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setErrors(NO_ERRORS)
    const setup = {
      lang,
      applicationId: applicationId || null,
      role: role.trim(),
      stage,
      questionCount: Number(count),
      persona,
      level: Number(level) as 1 | 2 | 3 | 4,
      posting,
    }
    start.mutate(setup, {
      onSuccess: (session) => navigate(`/mock-interview/${encodeURIComponent(session.id)}`),
      onError: (error) => setErrors(errorsFromFailure(error, describe, FIELDS)),
    })
  }

  return (
    <div className="page mock">
      <header className="page-header">
        <p className="mock__eyebrow">{t('eyebrow')}</p>
        <h1 className="page-title">{t('title')}</h1>
        <p className="lead">{t('setupLead')}</p>
      </header>
      <form className="form card" onSubmit={submit} noValidate>
        <ApplicationChoice
          value={applicationId}
          error={errors.fields.applicationId}
          onChoose={(application) => {
            setApplicationId(application?.id ?? '')
            if (application) setRole(application.role)
            if (application?.stage) setStage(application.stage)
          }}
        />
        <TextField
          id="mock-role"
          label={t('role')}
          hint={t('roleHint')}
          value={role}
          maxLength={200}
          error={errors.fields.role}
          onChange={(e) => setRole(e.target.value)}
        />
        <SelectField
          id="mock-stage"
          label={t('stage')}
          value={stage}
          error={errors.fields.stage}
          options={INTERVIEW_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s][lang] }))}
          onChange={(e) => setStage(e.target.value as InterviewStage)}
        />
        <SelectField
          id="mock-count"
          label={t('count')}
          value={count}
          error={errors.fields.questionCount}
          options={COUNTS.map((c) => ({ value: c, label: c }))}
          onChange={(e) => setCount(e.target.value)}
        />
        <ChoiceGroup
          legend={t('persona')}
          name="mock-persona"
          choices={PERSONAS.map((p) => ({ value: p, label: t(`personas.${p}`) }))}
          value={persona}
          onChange={setPersona}
        />
        <p className="muted">{t('personaHint')}</p>
        <ChoiceGroup
          legend={t('level')}
          name="mock-level"
          choices={LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
          value={level}
          onChange={setLevel}
        />
        <TextAreaField
          id="mock-posting"
          label={t('posting')}
          hint={t('postingHint')}
          value={posting}
          rows={4}
          maxLength={MAX_POSTING_LENGTH}
          error={errors.fields.posting}
          onChange={(e) => setPosting(e.target.value)}
        />
        {errors.form ? <FormAlert>{errors.form}</FormAlert> : null}
        <Button type="submit" disabled={start.isPending}>
          {start.isPending ? t('starting') : t('start')}
        </Button>
      </form>
    </div>
  )
}

export { MockSetupPage as Component }
