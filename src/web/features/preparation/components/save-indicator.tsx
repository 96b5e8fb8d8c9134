import { useTranslation } from 'react-i18next'
import type { SaveState } from './use-autosave'

/** A quiet line saying whether the section is on the server, with a retry when it is not. */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation('preparation')
  return (
    <div className={`prep-save prep-save--${state}`}>
      <span role="status">
        {state === 'saved'
          ? t('save.saved')
          : state === 'saving'
            ? t('save.saving')
            : state === 'pending'
              ? t('save.pending')
              : t('save.error')}
      </span>
      {state === 'error' ? (
        <button type="button" className="prep-link-button" onClick={onRetry}>
          {t('save.retry')}
        </button>
      ) : null}
    </div>
  )
}
