import { useTranslation } from 'react-i18next'
import {
  FORMAT_LABELS,
  INTERVIEW_FORMATS,
  INTERVIEW_OUTCOMES,
  INTERVIEW_STAGES,
  LIMITS,
  OUTCOME_LABELS,
  STAGE_LABELS,
} from '../../../../domain/debrief'
import type { Interview } from '../../../../shared/schemas/interviews'
import { SelectField } from '../../../components/ui/fields'
import { fromDateTimeInputValue } from '../../../lib/dates'
import { useUpdateInterview } from '../api/update-interview'
import { InputField, LimitedField } from '../components/fields'
import { GutFeelingField } from '../components/gut-feeling-field'
import { useLabel } from '../components/labels'
import { EditFormCard, useEditForm } from './edit-form'
import {
  draftDuration,
  INTERVIEW_FIELDS,
  type InterviewDraft,
  interviewChanges,
  toDraft,
} from './interview-draft'
import { InterviewersEditor } from './interviewers-editor'

/** The interview's details (when, which stage, how, the outcome, who, a note), saved on demand. */
export function InterviewForm({ interview }: { interview: Interview }) {
  const { t } = useTranslation('interviews')
  const label = useLabel()
  const update = useUpdateInterview(interview.id)
  const form = useEditForm({
    initial: () => toDraft(interview),
    fieldNames: INTERVIEW_FIELDS,
    check: useInterviewCheck(),
    changes: (draft) => interviewChanges(draft, interview),
    save: update.mutate,
  })
  const { draft, set, errors } = form

  return (
    <EditFormCard
      id="interview-form-title"
      title={t('detail.interviewSection')}
      form={form}
      pending={update.isPending}
      submitLabel={t('detail.save')}
    >
      <InputField
        id="detail-date"
        label={t('fields.dateTime')}
        type="datetime-local"
        {...form.field('date')}
      />
      <div className="form-grid">
        <SelectField
          id="detail-stage"
          label={t('fields.stage')}
          {...form.select('stage', INTERVIEW_STAGES, (s) => label(STAGE_LABELS[s]))}
        />
        <SelectField
          id="detail-format"
          label={t('fields.format')}
          {...form.select('format', ['', ...INTERVIEW_FORMATS], (f) =>
            f === '' ? t('detail.formatUnknown') : label(FORMAT_LABELS[f]),
          )}
        />
        <SelectField
          id="detail-outcome"
          label={t('fields.outcome')}
          {...form.select('outcome', INTERVIEW_OUTCOMES, (o) => label(OUTCOME_LABELS[o]))}
        />
        <InputField
          id="detail-duration"
          label={t('fields.durationMinutes')}
          type="number"
          inputMode="numeric"
          min={1}
          max={LIMITS.maxDurationMinutes}
          {...form.field('durationMinutes')}
        />
      </div>
      {/* How it went "right after" is asked once the interview has taken place. */}
      {new Date(interview.date).getTime() > Date.now() && draft.gutFeeling === null ? null : (
        <GutFeelingField value={draft.gutFeeling} onChange={(value) => set('gutFeeling', value)} />
      )}
      <InterviewersEditor
        interviewers={draft.interviewers}
        errors={errors.fields}
        onChange={(interviewers) => set('interviewers', interviewers)}
      />
      <LimitedField
        id="detail-note"
        label={t('fields.note')}
        rows={4}
        maxLength={LIMITS.interviewNote}
        {...form.field('note')}
      />
    </EditFormCard>
  )
}

/** What keeps the details from being saved: a date, a duration in range, a name for each role. */
function useInterviewCheck() {
  const { t } = useTranslation('interviews')
  return (draft: InterviewDraft) => {
    const fields: Record<string, string> = {}
    if (!fromDateTimeInputValue(draft.date)) fields.date = t('capture.errors.date')
    const duration = draftDuration(draft)
    if (
      duration !== null &&
      (!Number.isInteger(duration) || duration < 1 || duration > LIMITS.maxDurationMinutes)
    )
      fields.durationMinutes = t('detail.errors.duration', { max: LIMITS.maxDurationMinutes })
    draft.interviewers.forEach((p, i) => {
      if (p.name.trim() === '' && p.role.trim() !== '')
        fields[`interviewers.${i}.name`] = t('detail.errors.interviewerName')
    })
    return fields
  }
}
