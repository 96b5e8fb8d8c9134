import { useTranslation } from 'react-i18next'
import { pitchLengthVerdict } from '../../../../domain/preparation/pitch-length'
import { PITCH_INFO, PITCH_PARTS, type Pitch } from '../../../../domain/preparation/plan'
import { useLanguage } from '../../../lib/use-language'
import { formatDuration } from './speaking-time'

/**
 * Under the preview: whether the pitch fits a minute, and if it is far off, what to add or cut,
 * in words the person can act on.
 */
export function PitchLengthNote({ pitch, words }: { pitch: Pitch; words: number }) {
  const { t } = useTranslation('preparation')
  const lang = useLanguage()
  const verdict = pitchLengthVerdict(words)
  if (verdict.kind === 'empty') return null
  const time = formatDuration(verdict.seconds, lang)
  if (verdict.kind === 'fine') {
    return (
      <p className="prep-length prep-length--fine small" data-testid="pitch-length">
        {t('builder.length.fine')}
      </p>
    )
  }
  const missing = PITCH_PARTS.filter((part) => pitch[part].trim() === '').map((part) =>
    t('builder.length.part', { name: PITCH_INFO[part].label[lang] }),
  )
  return (
    <div className="prep-length prep-warning small" data-testid="pitch-length">
      <p>
        {verdict.kind === 'too_short'
          ? t('builder.length.tooShort', { time, words: roundWords(verdict.words) })
          : t('builder.length.tooLong', { time, words: roundWords(verdict.words) })}
      </p>
      {verdict.kind === 'too_short' && missing.length > 0 ? (
        <p>{t('builder.length.missing', { parts: missing.join(', ') })}</p>
      ) : null}
    </div>
  )
}

/** "About 97 words" reads as a false precision: tens are enough. */
const roundWords = (words: number) => Math.max(10, Math.round(words / 10) * 10)
