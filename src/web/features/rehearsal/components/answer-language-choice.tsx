import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ChoiceGroup } from '../../../components/ui/choice-group'

export type AnswerLanguage = 'auto' | 'fr' | 'en'

const CHOICES: readonly AnswerLanguage[] = ['auto', 'fr', 'en']

export function isAnswerLanguage(value: string): value is AnswerLanguage {
  return (CHOICES as readonly string[]).includes(value)
}

type AnswerLanguageChoiceProps = { value: AnswerLanguage; onChange: (value: AnswerLanguage) => void }

/** Which language the answer is written in: detected by default, or set by hand. */
export function AnswerLanguageChoice({ value, onChange }: AnswerLanguageChoiceProps) {
  const { t } = useTranslation('pages')
  const name = useId()
  return (
    <ChoiceGroup
      legend={t('analyzer.answerLanguage')}
      name={name}
      choices={CHOICES.map((choice) => ({
        value: choice,
        label: t(`analyzer.languages.${choice}`),
        lang: choice === 'auto' ? undefined : choice,
      }))}
      value={value}
      onChange={onChange}
    />
  )
}
