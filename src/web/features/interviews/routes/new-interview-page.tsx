import '../interviews.css'
import { useTranslation } from 'react-i18next'
import { INTERVIEW_STAGES, LIMITS, STAGE_LABELS } from '../../../../domain/debrief'
import { Button } from '../../../components/ui/button'
import { CheckedForm } from '../../../components/ui/checked-form'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { CompanyAndRole } from '../capture/company-and-role'
import { useCaptureForm } from '../capture/use-capture-form'
import { BackToInterviews } from '../components/back-to-interviews'
import { ChoiceChips, InputField, LimitedField } from '../components/fields'
import { GutFeelingField } from '../components/gut-feeling-field'
import { useLabel } from '../components/labels'

/** Quick capture: what can be typed in under a minute, right after the interview. */
export function NewInterviewPage() {
  const { t } = useTranslation('interviews')
  const label = useLabel()
  const capture = useCaptureForm()
  const { form, errors, update } = capture
  useDocumentTitle(t('capture.title'))

  return (
    <div className="page">
      <header className="page-header">
        <BackToInterviews />
        <h1 className="page-title">{t('capture.heading')}</h1>
        <p className="lead">{t('capture.lead')}</p>
      </header>
      <CheckedForm
        formRef={capture.formRef}
        alert={errors.form}
        onSubmit={capture.submit}
        className="form card"
      >
        <CompanyAndRole capture={capture} />
        <ChoiceChips
          legend={t('fields.stage')}
          name="capture-stage"
          options={INTERVIEW_STAGES.map((stage) => ({ value: stage, label: label(STAGE_LABELS[stage]) }))}
          value={form.stage}
          error={errors.fields.stage}
          onChange={(value) => update('stage', value)}
        />
        <InputField
          id="capture-date"
          label={t('fields.dateTime')}
          hint={t('capture.dateHint')}
          type="datetime-local"
          {...capture.field('date')}
        />
        {/* A feeling "right after" means nothing before the interview: asked only once it has taken place. */}
        {capture.upcoming ? null : (
          <GutFeelingField
            hint={t('capture.gutHint')}
            value={form.gutFeeling}
            onChange={(value) => update('gutFeeling', value)}
          />
        )}
        <LimitedField
          id="capture-note"
          label={t('fields.note')}
          hint={t('capture.noteHint')}
          rows={4}
          maxLength={LIMITS.interviewNote}
          {...capture.field('note')}
        />
        <div className="form__footer">
          <Button
            type="submit"
            className="button--block-phone"
            pending={capture.pending}
            pendingLabel={t('capture.saving')}
          >
            {capture.upcoming ? t('capture.submitUpcoming') : t('capture.submit')}
          </Button>
        </div>
        <p className="muted small">{t('capture.keptHere')}</p>
      </CheckedForm>
    </div>
  )
}

export { NewInterviewPage as Component }
