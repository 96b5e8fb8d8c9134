import { useTranslation } from 'react-i18next'
import { SaveIndicator as SharedSaveIndicator } from '../../../components/autosave/save-indicator'
import type { SaveState } from '../../../components/autosave/use-autosave'

/** The shared autosave line, in the words of the preparation pages. */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation('preparation')
  return (
    <SharedSaveIndicator
      state={state}
      onRetry={onRetry}
      labels={{
        saved: t('save.saved'),
        saving: t('save.saving'),
        pending: t('save.pending'),
        error: t('save.error'),
        retry: t('save.retry'),
      }}
    />
  )
}
