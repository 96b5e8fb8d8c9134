import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { moodWords } from '../../../../domain/progress/mood'
import { useAutosave } from '../../../components/autosave/use-autosave'
import { Scale } from '../../../components/ui/scale'
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
      <Scale
        labelledBy="rebound-mood-title"
        hint={t('mood.hint')}
        words={moodWords(lang)}
        value={mood}
        error={error}
        onChange={setMood}
      />
      <SectionProblem error={autosave.error} shownFields={['mood']} />
      {mood !== null ? (
        <button type="button" className="rebound-link-button" onClick={() => setMood(null)}>
          {t('mood.clear')}
        </button>
      ) : null}
    </ReboundSection>
  )
}
