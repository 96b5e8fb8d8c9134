import './save-indicator.css'
import { useTranslation } from 'react-i18next'
import type { SaveState } from './use-autosave'

/** The namespaces that hold the words of an autosave line (`save.saved`, `save.retry`...). */
export type SaveWords = 'preparation' | 'rebound'

/** A quiet line saying whether a section is on the server, with a retry when it is not. */
export function SaveIndicator({
  state,
  onRetry,
  words,
}: {
  state: SaveState
  onRetry: () => void
  words: SaveWords
}) {
  const { t } = useTranslation(words)
  return (
    <div className={`save-indicator save-indicator--${state}`}>
      <span role="status">{t(`save.${state}`)}</span>
      {state === 'error' ? (
        <button type="button" className="save-indicator__retry" onClick={onRetry}>
          {t('save.retry')}
        </button>
      ) : null}
    </div>
  )
}
