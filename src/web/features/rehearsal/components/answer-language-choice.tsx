import { useId } from 'react'
import { useTranslation } from 'react-i18next'

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
    <fieldset className="choice-group">
      <legend className="choice-group__legend">{t('analyzer.answerLanguage')}</legend>
      <div className="choice-group__options">
        {CHOICES.map((choice) => (
          <label key={choice} className="choice-group__option">
            <input
              type="radio"
              name={name}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
              className="choice-group__input"
            />
            <span lang={choice === 'auto' ? undefined : choice}>{t(`analyzer.languages.${choice}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
