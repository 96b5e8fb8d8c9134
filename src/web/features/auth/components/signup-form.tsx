import { type ChangeEvent, type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  DISPLAY_NAME_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  signupBodySchema,
} from '../../../../shared/schemas/auth'
import type { Language } from '../../../../shared/schemas/common'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { PasswordField, SelectField, TextField } from '../../../components/ui/fields'
import { useDescribeError } from '../../../lib/error-text'
import {
  clearField,
  errorsFromFailure,
  type FormErrors,
  NO_ERRORS,
  useFocusOnErrors,
  validateForm,
} from '../../../lib/form-errors'
import { isLanguage } from '../../../lib/i18n'
import { useLanguage } from '../../../lib/use-language'
import { useSignup } from '../api/signup'

const FIELDS = ['displayName', 'email', 'password', 'language'] as const
type Values = { displayName: string; email: string; password: string; language: Language }

export function SignupForm() {
  const { t } = useTranslation('auth')
  const { t: tc } = useTranslation('common')
  const language = useLanguage()
  const describe = useDescribeError()
  const signup = useSignup()
  const [values, setValues] = useState<Values>({ displayName: '', email: '', password: '', language })
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const formRef = useRef<HTMLFormElement>(null)
  useFocusOnErrors(errors, formRef)

  function update(name: 'displayName' | 'email' | 'password') {
    return (event: ChangeEvent<HTMLInputElement>) => {
      const { value } = event.target
      setValues((current) => ({ ...current, [name]: value }))
      setErrors((current) => clearField(current, name))
    }
  }

  function updateLanguage(event: ChangeEvent<HTMLSelectElement>) {
    const { value } = event.target
    if (isLanguage(value)) setValues((current) => ({ ...current, language: value }))
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (signup.isPending) return
    const checked = validateForm(signupBodySchema, values, language, FIELDS)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors(NO_ERRORS)
    signup.mutate(checked.data, {
      onError: (error) =>
        setErrors(errorsFromFailure(error, describe, FIELDS, { email_unavailable: 'email' })),
    })
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={handleSubmit}>
      {errors.form ? <FormAlert>{errors.form}</FormAlert> : null}
      <TextField
        id="signup-display-name"
        name="displayName"
        label={t('signup.displayName')}
        hint={t('signup.displayNameHint')}
        autoComplete="nickname"
        required
        maxLength={DISPLAY_NAME_MAX_LENGTH}
        value={values.displayName}
        onChange={update('displayName')}
        error={errors.fields.displayName}
      />
      <TextField
        id="signup-email"
        name="email"
        type="email"
        label={t('signup.email')}
        hint={t('signup.emailHint')}
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={values.email}
        onChange={update('email')}
        error={errors.fields.email}
      />
      <PasswordField
        id="signup-password"
        name="password"
        label={t('signup.password')}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        value={values.password}
        onChange={update('password')}
        error={errors.fields.password}
      />
      <SelectField
        id="signup-language"
        name="language"
        label={t('signup.language')}
        value={values.language}
        onChange={updateLanguage}
        error={errors.fields.language}
        options={[
          { value: 'fr', label: tc('language.fr'), lang: 'fr' },
          { value: 'en', label: tc('language.en'), lang: 'en' },
        ]}
      />
      <Button
        type="submit"
        pending={signup.isPending}
        pendingLabel={t('signup.pending')}
        className="button--block"
      >
        {t('signup.submit')}
      </Button>
    </form>
  )
}
