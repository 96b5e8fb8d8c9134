import { useId } from 'react'
import { useTranslation } from 'react-i18next'

type TranscribeChoiceProps = {
  checked: boolean
  onChange: (checked: boolean) => void
  /** Text is already in the answer: say that the transcript goes after it. */
  textBefore: boolean
  /** Where the recognizer works: on this device, or through the browser maker's online service. */
  place: 'device' | 'online'
}

/** The box to tick for the recording to be written into the answer as it is spoken. */
export function TranscribeChoice({ checked, onChange, textBefore, place }: TranscribeChoiceProps) {
  const { t } = useTranslation('recorder')
  const id = useId()
  const hint = place === 'device' ? 'spoken.transcribeHintDevice' : 'spoken.transcribeHint'
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
          {checked && textBefore ? `${t(hint)} ${t('spoken.transcribeAfter')}` : t(hint)}
        </p>
      </div>
    </div>
  )
}
