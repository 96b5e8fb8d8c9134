import { useTranslation } from 'react-i18next'
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUSES, LIMITS } from '../../../../domain/debrief'
import type { Application } from '../../../../shared/schemas/interviews'
import { SelectField } from '../../../components/ui/fields'
import { useUpdateApplication } from '../api/update-application'
import { ApplicationLineField, LimitedField } from '../components/fields'
import { useLabel } from '../components/labels'
import { EditFormCard, useEditForm } from './edit-form'

const APPLICATION_FIELDS = ['company', 'role', 'postingUrl', 'source', 'status', 'notes']

type ApplicationDraft = Pick<Application, 'company' | 'role' | 'status' | 'postingUrl' | 'source' | 'notes'>

type ApplicationFormProps = { interviewId: string; application: Application }

/** The application the interview belongs to (company, role, where it stands...), shared by its interviews. */
export function ApplicationForm({ interviewId, application }: ApplicationFormProps) {
  const { t } = useTranslation('interviews')
  const label = useLabel()
  const update = useUpdateApplication(interviewId, application.id)
  const form = useEditForm({
    initial: (): ApplicationDraft => ({
      company: application.company,
      role: application.role,
      status: application.status,
      postingUrl: application.postingUrl,
      source: application.source,
      notes: application.notes,
    }),
    fieldNames: APPLICATION_FIELDS,
    check: (draft) => {
      const fields: Record<string, string> = {}
      if (draft.company.trim() === '') fields.company = t('capture.errors.company')
      if (draft.role.trim() === '') fields.role = t('capture.errors.role')
      if (draft.postingUrl.trim() !== '' && !/^https?:\/\/\S+$/i.test(draft.postingUrl.trim()))
        fields.postingUrl = t('detail.errors.url')
      return fields
    },
    changes: (draft) =>
      Object.fromEntries(
        Object.entries(draft).filter(([key, value]) => value !== application[key as keyof ApplicationDraft]),
      ),
    save: update.mutate,
  })

  return (
    <EditFormCard
      id="application-form-title"
      title={t('detail.applicationSection')}
      intro={t('detail.applicationHint')}
      form={form}
      pending={update.isPending}
      submitLabel={t('detail.saveApplication')}
    >
      <div className="form-grid">
        <ApplicationLineField name="company" id="app-company" {...form.field('company')} />
        <ApplicationLineField name="role" id="app-role" {...form.field('role')} />
      </div>
      <SelectField
        id="app-status"
        label={t('fields.applicationStatus')}
        {...form.select('status', APPLICATION_STATUSES, (s) => label(APPLICATION_STATUS_LABELS[s]))}
      />
      <ApplicationLineField
        name="postingUrl"
        id="app-url"
        hint={t('detail.postingUrlHint')}
        {...form.field('postingUrl')}
      />
      {application.postingUrl ? (
        <p className="small">
          <a href={application.postingUrl} target="_blank" rel="noopener noreferrer">
            {t('detail.openPosting')}
          </a>
        </p>
      ) : null}
      <ApplicationLineField
        name="source"
        id="app-source"
        hint={t('detail.sourceHint')}
        {...form.field('source')}
      />
      <LimitedField
        id="app-notes"
        label={t('fields.applicationNotes')}
        rows={4}
        maxLength={LIMITS.applicationNotes}
        {...form.field('notes')}
      />
    </EditFormCard>
  )
}
