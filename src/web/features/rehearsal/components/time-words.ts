import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { durationParts } from '../../../components/answer-editor/highlights'
import { useFormatRelative } from '../../../lib/dates'

/** The relative "when" of a review ("demain", "dans 4 jours"), or "now" when it is already due. */
export function useWhen() {
  const relative = useFormatRelative()
  const { t } = useTranslation('rehearsal')
  return useCallback((iso: string) => relative(iso) ?? t('when.now'), [relative, t])
}

/** "≈ 1 min 10 s": how long an answer takes to say. */
export function useDuration() {
  const { t } = useTranslation('rehearsal')
  return useCallback(
    (seconds: number) => {
      const { m, s } = durationParts(seconds)
      if (m === 0) return t('card.seconds', { s })
      if (s === 0) return t('card.minutes', { m })
      return t('card.minutesSeconds', { m, s })
    },
    [t],
  )
}
