import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type UpdateMeBody, type User, updateMeBodySchema } from '../../../../shared/schemas/auth'
import { DisplayNameField, LanguageField } from '../../../components/ui/account-fields'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { CheckedForm } from '../../../components/ui/checked-form'
import { useSchemaForm } from '../../../lib/use-schema-form'
import { useUpdateMe } from '../api/update-me'
import { TimeZoneField } from './time-zone-field'

const FIELDS = ['displayName', 'language', 'timeZone'] as const

type ProfileFormProps = { user: User }

/**
 * Display name, language and time zone, saved together with one button. A new language applies at
 * once; a new zone too, to every time shown.
 */
export function ProfileForm({ user }: ProfileFormProps) {
  const { t } = useTranslation('account')
  const update = useUpdateMe()
  const [status, setStatus] = useState<'saved' | 'unchanged' | null>(null)
  const form = useSchemaForm({
    schema: updateMeBodySchema,
    fieldNames: FIELDS,
    initial: { displayName: user.displayName, language: user.language, timeZone: user.timeZone },
    onEdit: () => setStatus(null),
  })
  const { values, errors } = form

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (update.isPending) return
    const changes: UpdateMeBody = {}
    if (values.displayName.trim() !== user.displayName) changes.displayName = values.displayName
    if (values.language !== user.language) changes.language = values.language
    if (values.timeZone !== user.timeZone) changes.timeZone = values.timeZone
    if (Object.keys(changes).length === 0) {
      form.clearErrors()
      setStatus('unchanged')
      return
    }
    const data = await form.check(changes)
    if (!data) return
    setStatus(null)
    update.mutate(data, {
      onSuccess: (saved) => {
        form.setValue('displayName', saved.displayName)
        setStatus('saved')
      },
      onError: form.failed,
    })
  }

  return (
    <CheckedForm formRef={form.formRef} alert={errors.form} onSubmit={handleSubmit}>
      <DisplayNameField
        id="account-display-name"
        label={t('profile.displayName')}
        {...form.field('displayName')}
      />
      <LanguageField
        id="account-language"
        name="language"
        label={t('profile.language')}
        hint={t('profile.languageHint')}
        value={values.language}
        onChange={(chosen) => {
          form.setValue('language', chosen)
          setStatus(null)
        }}
        error={errors.fields.language}
      />
      <TimeZoneField
        id="account-time-zone"
        value={values.timeZone}
        onChange={(zone) => {
          form.setValue('timeZone', zone)
          setStatus(null)
        }}
        error={errors.fields.timeZone}
      />
      <div className="form__footer">
        <Button type="submit" pending={update.isPending} pendingLabel={t('profile.pending')}>
          {t('profile.submit')}
        </Button>
        <StatusMessage tone={status === 'unchanged' ? 'info' : 'success'}>
          {status ? t(`profile.${status}`) : null}
        </StatusMessage>
      </div>
    </CheckedForm>
  )
}
