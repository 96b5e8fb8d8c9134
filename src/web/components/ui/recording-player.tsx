import type { ReactNode } from 'react'
import { isApiError } from '../../lib/api-client'
import { useDescribeError } from '../../lib/error-text'
import { useRecordingPlayback } from '../../lib/use-recording-playback'
import { FormAlert } from './alert'
import { Button } from './button'
import { PlayIcon } from './icons'
import './recording-player.css'

type RecordingPlayerProps = {
  /** The recording, fetched only when the person asks to listen. */
  fetchRecording: (signal: AbortSignal) => Promise<Blob>
  /** The player's accessible name ("Recording of attempt 2"). */
  label: string
  /** The words on the button that loads the recording (after its play icon). */
  playLabel: ReactNode
  /** Said while the recording loads. */
  loadingLabel: string
  /** Said when the recording no longer exists (a 404); other errors are described as usual. */
  goneLabel?: string
  /** The player takes the focus the button had once the recording is there. */
  focusWhenReady?: boolean
  buttonClassName?: string
  /** What goes beside the player (deleting the recording, for its owner). */
  children?: ReactNode
}

/**
 * A recording kept on the server, behind a button: fetched when asked for, then played in the browser's
 * own player from an object URL released when the recording leaves the page. The owner's pages and the
 * pages of someone the recording is shared with play it alike.
 */
export function RecordingPlayer({
  fetchRecording,
  label,
  playLabel,
  loadingLabel,
  goneLabel,
  focusWhenReady = false,
  buttonClassName,
  children,
}: RecordingPlayerProps) {
  const describe = useDescribeError()
  const { playback, url, audioRef, load } = useRecordingPlayback(fetchRecording, { focusWhenReady })
  return (
    <div className="recording-player">
      {url ? (
        // biome-ignore lint/a11y/useMediaCaption: the person's own voice; the words are written beside it
        <audio ref={audioRef} className="recording-player__audio" controls src={url} aria-label={label} />
      ) : (
        <Button
          variant="secondary"
          className={buttonClassName}
          pending={playback.status === 'loading'}
          pendingLabel={loadingLabel}
          onClick={() => void load()}
        >
          <PlayIcon />
          {playLabel}
        </Button>
      )}
      {children}
      {playback.status === 'error' ? (
        <FormAlert>
          {goneLabel && isApiError(playback.error, 404) ? goneLabel : describe(playback.error)}
        </FormAlert>
      ) : null}
    </div>
  )
}
