import './save-indicator.css'
import type { SaveState } from './use-autosave'

export type SaveLabels = Record<SaveState, string> & { retry: string }

/** A quiet line saying whether a section is on the server, with a retry when it is not. */
export function SaveIndicator({
  state,
  onRetry,
  labels,
}: {
  state: SaveState
  onRetry: () => void
  labels: SaveLabels
}) {
  return (
    <div className={`save-indicator save-indicator--${state}`}>
      <span role="status">{labels[state]}</span>
      {state === 'error' ? (
        <button type="button" className="save-indicator__retry" onClick={onRetry}>
          {labels.retry}
        </button>
      ) : null}
    </div>
  )
}
