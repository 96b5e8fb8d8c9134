import { type ChangeEvent, type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  DISPLAY_NAME_MAX_LENGTH,
  type UpdateMeBody,
  type User,
  updateMeBodySchema,
} from '../../../../shared/schemas/auth'
import type { Language } from '../../../../shared/schemas/common'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { SelectField, TextField } from '../../../components/ui/fields'
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
import { useUpdateMe } from '../api/update-me'

const FIELDS = ['displayName', 'language'] as const

type ProfileFormProps = { user: User }

/** Display name and language, saved together with one button. A new language applies at once. */
export function ProfileForm({ user }: ProfileFormProps) {
  const { t } = useTranslation('account')
  const { t: tc } = useTranslation('common')
  const language = useLanguage()
  const describe = useDescribeError()
  const update = useUpdateMe()
  const [displayName, setDisplayName] = useState(user.displayName)
  const [chosenLanguage, setChosenLanguage] = useState<Language>(user.language)
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const [status, setStatus] = useState<'saved' | 'unchanged' | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  useFocusOnErrors(errors, formRef)

  function handleNameChange(event: ChangeEvent<HTMLInputElement>) {
    setDisplayName(event.target.value)
    setErrors((current) => clearField(current, 'displayName'))
    setStatus(null)
  }

  function handleLanguageChange(event: ChangeEvent<HTMLSelectElement>) {
    const { value } = event.target
    if (isLanguage(value)) setChosenLanguage(value)
    setStatus(null)
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (update.isPending) return
    const changes: UpdateMeBody = {}
    if (displayName.trim() !== user.displayName) changes.displayName = displayName
    if (chosenLanguage !== user.language) changes.language = chosenLanguage
    if (changes.displayName === undefined && changes.language === undefined) {
      setErrors(NO_ERRORS)
      setStatus('unchanged')
      return
    }
    const checked = validateForm(updateMeBodySchema, changes, language, FIELDS)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors(NO_ERRORS)
    setStatus(null)
    update.mutate(checked.data, {
      onSuccess: (saved) => {
        setDisplayName(saved.displayName)
        setStatus('saved')
      },
      onError: (error) => setErrors(errorsFromFailure(error, describe, FIELDS)),
    })
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={handleSubmit}>
      {errors.form ? <FormAlert>{errors.form}</FormAlert> : null}
      <TextField
        id="account-display-name"
        name="displayName"
        label={t('profile.displayName')}
        autoComplete="nickname"
        required
        maxLength={DISPLAY_NAME_MAX_LENGTH}
        value={displayName}
        onChange={handleNameChange}
        error={errors.fields.displayName}
      />
      <SelectField
        id="account-language"
        name="language"
        label={t('profile.language')}
        hint={t('profile.languageHint')}
        value={chosenLanguage}
        onChange={handleLanguageChange}
        error={errors.fields.language}
        options={[
          { value: 'fr', label: tc('language.fr'), lang: 'fr' },
          { value: 'en', label: tc('language.en'), lang: 'en' },
        ]}
      />
      <div className="form__footer">
        <Button type="submit" pending={update.isPending} pendingLabel={t('profile.pending')}>
          {t('profile.submit')}
        </Button>
        <StatusMessage tone={status === 'unchanged' ? 'info' : 'success'}>
          {status ? t(`profile.${status}`) : null}
        </StatusMessage>
      </div>
    </form>
  )
}
