import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { durationParts } from '../answer-editor/highlights'

/** "8 s", "1 min 05 s": a measured length, said exactly (no "≈"). */
export function useMeasuredDuration() {
  const { t } = useTranslation('recorder')
  return useCallback(
    (seconds: number) => {
      const { m, s } = durationParts(seconds)
      if (m === 0) return t('spoken.durationSeconds', { s })
      return t('spoken.durationMinutesSeconds', { m, s: String(s).padStart(2, '0') })
    },
    [t],
  )
}
