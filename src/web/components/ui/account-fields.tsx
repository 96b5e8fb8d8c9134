import type { ComponentProps } from 'react'
import { useTranslation } from 'react-i18next'
import { DISPLAY_NAME_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../domain/accounts/limits'
import type { Language } from '../../../shared/schemas/common'
import { isLanguage } from '../../lib/i18n'
import { PasswordField, SelectField, TextField } from './fields'

// The fields that describe a person's account, alike wherever they are asked: signing up,
// logging in, the account page. Each form gives its own id, name, label and hint.

type TextProps = Omit<ComponentProps<typeof TextField>, 'type' | 'autoComplete'>
type PasswordProps = Omit<ComponentProps<typeof PasswordField>, 'autoComplete' | 'minLength'>

/** An email address: the email keyboard, no capitals, no spelling fixes. */
export function EmailField(props: TextProps) {
  return (
    <TextField
      type="email"
      autoComplete="email"
      inputMode="email"
      autoCapitalize="none"
      spellCheck={false}
      required
      {...props}
    />
  )
}

/** The name the app calls the person by. */
export function DisplayNameField(props: TextProps) {
  return <TextField autoComplete="nickname" required maxLength={DISPLAY_NAME_MAX_LENGTH} {...props} />
}

/** The password the person has now, for password managers to fill in. */
export function CurrentPasswordField(props: PasswordProps) {
  return <PasswordField autoComplete="current-password" required {...props} />
}

/** A new password, with its minimum length shown and ticked once met. */
export function NewPasswordField(props: PasswordProps) {
  return <PasswordField autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} {...props} />
}

type LanguageFieldProps = Omit<ComponentProps<typeof SelectField>, 'options' | 'value' | 'onChange'> & {
  value: Language
  onChange: (language: Language) => void
}

/** The interface language, each named in its own language. */
export function LanguageField({ onChange, ...props }: LanguageFieldProps) {
  const { t } = useTranslation('common')
  return (
    <SelectField
      {...props}
      onChange={(event) => {
        const { value } = event.target
        if (isLanguage(value)) onChange(value)
      }}
      options={[
        { value: 'fr', label: t('language.fr'), lang: 'fr' },
        { value: 'en', label: t('language.en'), lang: 'en' },
      ]}
    />
  )
}
