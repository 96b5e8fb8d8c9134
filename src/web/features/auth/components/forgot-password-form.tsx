import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { passwordResetRequestBodySchema } from '../../../../shared/schemas/password-reset'
import { EmailField } from '../../../components/ui/account-fields'
import { Button } from '../../../components/ui/button'
import { CheckedForm } from '../../../components/ui/checked-form'
import { useSchemaForm } from '../../../lib/use-schema-form'
import { useRequestPasswordReset } from '../api/request-password-reset'

const FIELDS = ['email'] as const

/** The address to send a link to; once sent, the same words whether an account uses it or not. */
export function ForgotPasswordForm() {
  const { t } = useTranslation('auth')
  const request = useRequestPasswordReset()
  const [sentTo, setSentTo] = useState<string | null>(null)
  const form = useSchemaForm({
    schema: passwordResetRequestBodySchema,
    fieldNames: FIELDS,
    initial: { email: '' },
  })

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (request.isPending) return
    const data = await form.check()
    if (!data) return
    request.mutate(data, { onSuccess: () => setSentTo(data.email), onError: form.failed })
  }

  if (sentTo !== null) {
    return (
      <>
        <h2 className="section-title">{t('forgot.sentHeading')}</h2>
        <p role="status">{t('forgot.sent', { email: sentTo })}</p>
        <p className="muted">{t('forgot.spam')}</p>
        <Button variant="secondary" onClick={() => setSentTo(null)}>
          {t('forgot.again')}
        </Button>
      </>
    )
  }

  return (
    <CheckedForm formRef={form.formRef} alert={form.errors.form} onSubmit={handleSubmit}>
      <EmailField id="forgot-email" label={t('forgot.email')} {...form.field('email')} />
      <Button
        type="submit"
        pending={request.isPending}
        pendingLabel={t('forgot.pending')}
        className="button--block"
      >
        {t('forgot.submit')}
      </Button>
    </CheckedForm>
  )
}
