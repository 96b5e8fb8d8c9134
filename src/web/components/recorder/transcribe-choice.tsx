import { useId } from 'react'
import { useTranslation } from 'react-i18next'

type TranscribeChoiceProps = {
  checked: boolean
  onChange: (checked: boolean) => void
  /** Text is already in the answer: say that the transcript goes after it. */
  textBefore: boolean
}

/** The box to tick for the recording to be written into the answer as it is spoken. */
export function TranscribeChoice({ checked, onChange, textBefore }: TranscribeChoiceProps) {
  const { t } = useTranslation('recorder')
  const id = useId()
  return (
    <div className="r-check">
      <input
        id={id}
        type="checkbox"
        className="r-check__box"
        checked={checked}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.checked)}
      />
      <div>
        <label htmlFor={id} className="r-check__label">
          {t('spoken.transcribe')}
        </label>
        <p className="muted r-small" id={`${id}-hint`}>
          {checked && textBefore
            ? `${t('spoken.transcribeHint')} ${t('spoken.transcribeAfter')}`
            : t('spoken.transcribeHint')}
        </p>
      </div>
    </div>
  )
}
