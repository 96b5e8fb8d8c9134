import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { CurrentPasswordField, EmailField } from '../../../components/ui/account-fields'
import { Button } from '../../../components/ui/button'
import { CheckedForm } from '../../../components/ui/checked-form'
import { useSchemaForm } from '../../../lib/use-schema-form'
import { useLogin } from '../api/login'

const FIELDS = ['email', 'password'] as const

export function LoginForm() {
  const { t } = useTranslation('auth')
  const login = useLogin()
  const form = useSchemaForm({
    // zod comes after the first paint: the page itself stays light (scripts/check-budgets.mjs).
    schema: () => import('../../../../shared/schemas/auth').then((schemas) => schemas.loginBodySchema),
    fieldNames: FIELDS,
    initial: { email: '', password: '' },
  })

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (login.isPending) return
    const data = await form.check()
    if (!data) return
    // On success the public-page guard sends the person on (to /home, or where they were going).
    login.mutate(data, { onError: form.failed })
  }

  return (
    <CheckedForm formRef={form.formRef} alert={form.errors.form} onSubmit={handleSubmit}>
      <EmailField id="login-email" label={t('login.email')} {...form.field('email')} />
      <CurrentPasswordField id="login-password" label={t('login.password')} {...form.field('password')} />
      <Button
        type="submit"
        pending={login.isPending}
        pendingLabel={t('login.pending')}
        className="button--block"
      >
        {t('login.submit')}
      </Button>
    </CheckedForm>
  )
}
