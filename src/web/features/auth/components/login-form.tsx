import { type ChangeEvent, type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { loginBodySchema } from '../../../../shared/schemas/auth'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { PasswordField, TextField } from '../../../components/ui/fields'
import { useDescribeError } from '../../../lib/error-text'
import {
  clearField,
  errorsFromFailure,
  type FormErrors,
  NO_ERRORS,
  useFocusOnErrors,
  validateForm,
} from '../../../lib/form-errors'
import { useLanguage } from '../../../lib/use-language'
import { useLogin } from '../api/login'

const FIELDS = ['email', 'password'] as const
type Values = Record<(typeof FIELDS)[number], string>

export function LoginForm() {
  const { t } = useTranslation('auth')
  const language = useLanguage()
  const describe = useDescribeError()
  const login = useLogin()
  const [values, setValues] = useState<Values>({ email: '', password: '' })
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const formRef = useRef<HTMLFormElement>(null)
  useFocusOnErrors(errors, formRef)

  function update(name: keyof Values) {
    return (event: ChangeEvent<HTMLInputElement>) => {
      const { value } = event.target
      setValues((current) => ({ ...current, [name]: value }))
      setErrors((current) => clearField(current, name))
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (login.isPending) return
    const checked = validateForm(loginBodySchema, values, language, FIELDS)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors(NO_ERRORS)
    // On success the public-page guard sends the person on (to /home, or where they were going).
    login.mutate(checked.data, {
      onError: (error) => setErrors(errorsFromFailure(error, describe, FIELDS)),
    })
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={handleSubmit}>
      {errors.form ? <FormAlert>{errors.form}</FormAlert> : null}
      <TextField
        id="login-email"
        name="email"
        type="email"
        label={t('login.email')}
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
        id="login-password"
        name="password"
        label={t('login.password')}
        autoComplete="current-password"
        required
        value={values.password}
        onChange={update('password')}
        error={errors.fields.password}
      />
      <Button
        type="submit"
        pending={login.isPending}
        pendingLabel={t('login.pending')}
        className="button--block"
      >
        {t('login.submit')}
      </Button>
    </form>
  )
}
