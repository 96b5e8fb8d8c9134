import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../domain/debrief'
import { Button } from '../../../components/ui/button'
import { LimitedField } from '../components/fields'
import { type DraftInterviewer, newInterviewer } from './interview-draft'

type InterviewersEditorProps = {
  interviewers: DraftInterviewer[]
  onChange: (interviewers: DraftInterviewer[]) => void
  /** Messages keyed as the server sends them ("interviewers.0.name"). */
  errors: Record<string, string>
}

/** The people met: a name and a role each, added and removed one by one. */
export function InterviewersEditor({ interviewers, onChange, errors }: InterviewersEditorProps) {
  const { t } = useTranslation('interviews')
  const change = (key: string, patch: Partial<DraftInterviewer>) =>
    onChange(interviewers.map((x) => (x.key === key ? { ...x, ...patch } : x)))
  return (
    <fieldset className="chips-group">
      <legend className="chips-group__legend">{t('fields.interviewers')}</legend>
      {interviewers.length === 0 ? <p className="field__hint">{t('detail.noInterviewers')}</p> : null}
      <ul className="interviewer-list">
        {interviewers.map((p, i) => (
          <li key={p.key} className="interviewer-row">
            <LimitedField
              id={`interviewer-name-${p.key}`}
              label={t('detail.interviewerName', { n: i + 1 })}
              singleLine
              value={p.name}
              maxLength={LIMITS.interviewerName}
              error={errors[`interviewers.${i}.name`]}
              onChange={(name) => change(p.key, { name })}
            />
            <LimitedField
              id={`interviewer-role-${p.key}`}
              label={t('detail.interviewerRole', { n: i + 1 })}
              singleLine
              value={p.role}
              maxLength={LIMITS.interviewerRole}
              error={errors[`interviewers.${i}.role`]}
              onChange={(role) => change(p.key, { role })}
            />
            <Button
              variant="ghost"
              className="button--small"
              onClick={() => onChange(interviewers.filter((x) => x.key !== p.key))}
            >
              {t('detail.removeInterviewer', { n: i + 1 })}
            </Button>
          </li>
        ))}
      </ul>
      {interviewers.length < LIMITS.interviewers ? (
        <Button
          variant="ghost"
          className="button--small align-start"
          onClick={() => onChange([...interviewers, newInterviewer()])}
        >
          + {t('detail.addInterviewer')}
        </Button>
      ) : null}
    </fieldset>
  )
}
