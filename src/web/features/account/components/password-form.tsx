import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { changePasswordBodySchema } from '../../../../shared/schemas/auth'
import { CurrentPasswordField, NewPasswordField } from '../../../components/ui/account-fields'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { CheckedForm } from '../../../components/ui/checked-form'
import { useSchemaForm } from '../../../lib/use-schema-form'
import { useChangePassword } from '../api/change-password'

const FIELDS = ['currentPassword', 'newPassword'] as const
const EMPTY = { currentPassword: '', newPassword: '' }

type PasswordFormProps = { email: string }

export function PasswordForm({ email }: PasswordFormProps) {
  const { t } = useTranslation('account')
  const changePassword = useChangePassword()
  const [saved, setSaved] = useState(false)
  const form = useSchemaForm({
    schema: changePasswordBodySchema,
    fieldNames: FIELDS,
    initial: EMPTY,
    onEdit: () => setSaved(false),
  })

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (changePassword.isPending) return
    const data = await form.check()
    if (!data) return
    setSaved(false)
    changePassword.mutate(data, {
      onSuccess: () => {
        form.setValues(EMPTY)
        setSaved(true)
      },
      onError: form.failed,
    })
  }

  return (
    <CheckedForm formRef={form.formRef} alert={form.errors.form} onSubmit={handleSubmit}>
      {/* Lets password managers know which account this new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <CurrentPasswordField
        id="account-current-password"
        label={t('password.current')}
        {...form.field('currentPassword')}
      />
      <NewPasswordField id="account-new-password" label={t('password.new')} {...form.field('newPassword')} />
      <div className="form__footer">
        <Button type="submit" pending={changePassword.isPending} pendingLabel={t('password.pending')}>
          {t('password.submit')}
        </Button>
        <StatusMessage>{saved ? t('password.saved') : null}</StatusMessage>
      </div>
    </CheckedForm>
  )
}
