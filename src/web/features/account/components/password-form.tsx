import { type ChangeEvent, type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { changePasswordBodySchema, PASSWORD_MIN_LENGTH } from '../../../../shared/schemas/auth'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { PasswordField } from '../../../components/ui/fields'
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
import { useChangePassword } from '../api/change-password'

const FIELDS = ['currentPassword', 'newPassword'] as const
type Values = Record<(typeof FIELDS)[number], string>
const EMPTY: Values = { currentPassword: '', newPassword: '' }

type PasswordFormProps = { email: string }

export function PasswordForm({ email }: PasswordFormProps) {
  const { t } = useTranslation('account')
  const language = useLanguage()
  const describe = useDescribeError()
  const changePassword = useChangePassword()
  const [values, setValues] = useState<Values>(EMPTY)
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const [saved, setSaved] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  useFocusOnErrors(errors, formRef)

  function update(name: keyof Values) {
    return (event: ChangeEvent<HTMLInputElement>) => {
      const { value } = event.target
      setValues((current) => ({ ...current, [name]: value }))
      setErrors((current) => clearField(current, name))
      setSaved(false)
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (changePassword.isPending) return
    const checked = validateForm(changePasswordBodySchema, values, language, FIELDS)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors(NO_ERRORS)
    setSaved(false)
    changePassword.mutate(checked.data, {
      onSuccess: () => {
        setValues(EMPTY)
        setSaved(true)
      },
      onError: (error) => setErrors(errorsFromFailure(error, describe, FIELDS)),
    })
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={handleSubmit}>
      {/* Lets password managers know which account this new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {errors.form ? <FormAlert>{errors.form}</FormAlert> : null}
      <PasswordField
        id="account-current-password"
        name="currentPassword"
        label={t('password.current')}
        autoComplete="current-password"
        required
        value={values.currentPassword}
        onChange={update('currentPassword')}
        error={errors.fields.currentPassword}
      />
      <PasswordField
        id="account-new-password"
        name="newPassword"
        label={t('password.new')}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        value={values.newPassword}
        onChange={update('newPassword')}
        error={errors.fields.newPassword}
      />
      <div className="form__footer">
        <Button type="submit" pending={changePassword.isPending} pendingLabel={t('password.pending')}>
          {t('password.submit')}
        </Button>
        <StatusMessage>{saved ? t('password.saved') : null}</StatusMessage>
      </div>
    </form>
  )
}
