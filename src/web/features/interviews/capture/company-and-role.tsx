import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/ui/button'
import { CompanyCombobox } from '../components/company-combobox'
import { ApplicationLineField } from '../components/fields'
import type { CaptureForm } from './use-capture-form'

/** The company, typed or picked among the applications; then its role, or the picked application. */
export function CompanyAndRole({ capture }: { capture: CaptureForm }) {
  const { t } = useTranslation('interviews')
  const { form, errors } = capture
  return (
    <>
      <CompanyCombobox
        id="capture-company"
        label={t('fields.company')}
        hint={t('capture.companyHint')}
        value={form.application ? form.application.company : form.company}
        error={errors.fields.company}
        onChange={capture.typeCompany}
        onPick={capture.pickApplication}
      />
      {form.application ? (
        <div className="linked-application" role="status">
          <p>{t('capture.linked', { company: form.application.company, role: form.application.role })}</p>
          <Button variant="ghost" className="button--small" onClick={capture.unlinkApplication}>
            {t('capture.unlink')}
          </Button>
        </div>
      ) : (
        <ApplicationLineField name="role" id="capture-role" {...capture.field('role')} />
      )}
    </>
  )
}
