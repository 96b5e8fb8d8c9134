import { useTranslation } from 'react-i18next'
import type { InterviewStage } from '../../../../domain/debrief/taxonomy'
import { SelectField } from '../../../components/ui/fields'
import { formatDate } from '../../../lib/dates'
import { useMe } from '../../../lib/session/get-me'
import { useLanguage } from '../../../lib/use-language'
import { useApplicationChoices } from '../api/get-application-choices'

export type ChosenApplication = { id: string; role: string; company: string; stage: InterviewStage | null }

type ApplicationChoiceProps = {
  value: string
  error?: string | undefined
  onChoose: (application: ChosenApplication | null) => void
}

/** Practise for an application already in Rebond (its role, its company, the stage of its interview), or not. */
export function ApplicationChoice({ value, error, onChoose }: ApplicationChoiceProps) {
  const { t } = useTranslation('mock')
  const lang = useLanguage()
  // The person's time zone from their session (useFormatDate's observer has no fetcher of its own).
  const timeZone = useMe().data?.timeZone
  const choices = useApplicationChoices()
  const applications = choices.data?.applications ?? []
  if (applications.length === 0) return null
  const chosen = applications.find((a) => a.id === value)
  const hint = chosen
    ? chosen.stage && chosen.interviewAt
      ? t('applicationStageHint', {
          company: chosen.company,
          date: formatDate(chosen.interviewAt, lang, 'day', timeZone),
        })
      : t('applicationNoStage', { company: chosen.company })
    : t('applicationHint')
  return (
    <SelectField
      id="mock-application"
      label={t('application')}
      hint={hint}
      value={value}
      error={error}
      options={[
        { value: '', label: t('applicationNone') },
        ...applications.map((a) => ({ value: a.id, label: `${a.role} — ${a.company}` })),
      ]}
      onChange={(event) => {
        const next = applications.find((a) => a.id === event.target.value)
        onChoose(next ? { id: next.id, role: next.role, company: next.company, stage: next.stage } : null)
      }}
    />
  )
}
