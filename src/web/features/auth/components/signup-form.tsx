import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/schemas/common'
import {
  DisplayNameField,
  EmailField,
  LanguageField,
  NewPasswordField,
} from '../../../components/ui/account-fields'
import { Button } from '../../../components/ui/button'
import { CheckedForm } from '../../../components/ui/checked-form'
import { browserTimeZone } from '../../../lib/dates'
import { useLanguage } from '../../../lib/use-language'
import { useSchemaForm } from '../../../lib/use-schema-form'
import { useSignup } from '../api/signup'

const FIELDS = ['displayName', 'email', 'password', 'language'] as const
type Values = { displayName: string; email: string; password: string; language: Language }

export function SignupForm() {
  const { t } = useTranslation('auth')
  const language = useLanguage()
  const signup = useSignup()
  const form = useSchemaForm({
    // zod comes after the first paint: the page itself stays light (scripts/check-budgets.mjs).
    schema: () => import('../../../../shared/schemas/auth').then((schemas) => schemas.signupBodySchema),
    fieldNames: FIELDS,
    initial: { displayName: '', email: '', password: '', language } satisfies Values,
    fieldForCode: { email_unavailable: 'email' },
  })

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (signup.isPending) return
    const data = await form.check()
    if (!data) return
    // The account starts in this browser's time zone; Account can change it.
    signup.mutate({ ...data, timeZone: browserTimeZone() }, { onError: form.failed })
  }

  return (
    <CheckedForm formRef={form.formRef} alert={form.errors.form} onSubmit={handleSubmit}>
      <DisplayNameField
        id="signup-display-name"
        label={t('signup.displayName')}
        hint={t('signup.displayNameHint')}
        {...form.field('displayName')}
      />
      <EmailField
        id="signup-email"
        label={t('signup.email')}
        hint={t('signup.emailHint')}
        {...form.field('email')}
      />
      <NewPasswordField id="signup-password" label={t('signup.password')} {...form.field('password')} />
      <LanguageField
        id="signup-language"
        name="language"
        label={t('signup.language')}
        value={form.values.language}
        onChange={(chosen) => form.setValue('language', chosen)}
        error={form.errors.fields.language}
      />
      <Button
        type="submit"
        pending={signup.isPending}
        pendingLabel={t('signup.pending')}
        className="button--block"
      >
        {t('signup.submit')}
      </Button>
    </CheckedForm>
  )
}
