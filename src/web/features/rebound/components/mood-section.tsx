import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MOOD_LABELS, MOOD_LEVELS } from '../../../../domain/progress/mood'
import { useAutosave } from '../../../components/autosave/use-autosave'
import { useLanguage } from '../../../lib/use-language'
import type { Rebound } from '../api/get-rebound'
import { useUpdateRebound } from '../api/update-rebound'
import { ReboundSection } from './rebound-section'
import { apiFieldErrors, SectionProblem } from './section-save'

/** How heavy it feels, in words rather than a score; saved as soon as it is chosen. */
export function MoodSection({ rebound }: { rebound: Rebound }) {
  const { t } = useTranslation('rebound')
  const lang = useLanguage()
  const save = useUpdateRebound(rebound.id)
  const [mood, setMood] = useState<number | null>(rebound.mood)
  const autosave = useAutosave(mood, (value, delivery) => save.mutateAsync({ mood: value, ...delivery }), 150)
  const error = apiFieldErrors(autosave.error).mood
  return (
    <ReboundSection titleId="rebound-mood-title" title={t('mood.title')} autosave={autosave}>
      <p className="muted" id="rebound-mood-hint">
        {t('mood.hint')}
      </p>
      <div
        role="radiogroup"
        className="rebound-mood"
        aria-labelledby="rebound-mood-title"
        aria-describedby={['rebound-mood-hint', error ? 'rebound-mood-error' : null]
          .filter(Boolean)
          .join(' ')}
      >
        {MOOD_LEVELS.map((level) => (
          <label key={level} className="rebound-mood__option">
            <input
              type="radio"
              name="rebound-mood"
              className="rebound-mood__input"
              value={level}
              checked={mood === level}
              onChange={() => setMood(level)}
            />
            <span className="rebound-mood__label">{MOOD_LABELS[level][lang]}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id="rebound-mood-error">
          {error}
        </p>
      ) : null}
      <SectionProblem error={autosave.error} shownFields={['mood']} />
      {mood !== null ? (
        <button type="button" className="rebound-link-button" onClick={() => setMood(null)}>
          {t('mood.clear')}
        </button>
      ) : null}
    </ReboundSection>
  )
}
