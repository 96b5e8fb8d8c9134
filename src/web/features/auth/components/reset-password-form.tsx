import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { passwordResetCompleteBodySchema } from '../../../../shared/schemas/password-reset'
import { NewPasswordField } from '../../../components/ui/account-fields'
import { Button } from '../../../components/ui/button'
import { CheckedForm } from '../../../components/ui/checked-form'
import { useSchemaForm } from '../../../lib/use-schema-form'
import { useCompletePasswordReset } from '../api/complete-password-reset'

const FIELDS = ['password'] as const
const schema = passwordResetCompleteBodySchema.pick({ password: true })

type ResetPasswordFormProps = { token: string; email: string; onDone: () => void }

export function ResetPasswordForm({ token, email, onDone }: ResetPasswordFormProps) {
  const { t } = useTranslation('auth')
  const complete = useCompletePasswordReset()
  const form = useSchemaForm({ schema, fieldNames: FIELDS, initial: { password: '' } })

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (complete.isPending) return
    const data = await form.check()
    if (!data) return
    complete.mutate({ token, password: data.password }, { onSuccess: onDone, onError: form.failed })
  }

  return (
    <CheckedForm formRef={form.formRef} alert={form.errors.form} onSubmit={handleSubmit}>
      {/* Lets password managers know which account this new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordField id="reset-password" label={t('reset.password')} {...form.field('password')} />
      <Button
        type="submit"
        pending={complete.isPending}
        pendingLabel={t('reset.pending')}
        className="button--block"
      >
        {t('reset.submit')}
      </Button>
    </CheckedForm>
  )
}
