import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSeekableAudio } from '../../../components/recorder/use-seekable-audio'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { PlayIcon } from '../../../components/ui/icons'
import { isApiError } from '../../../lib/api-client'
import { useDescribeError } from '../../../lib/error-text'
import { fetchAttemptAudio } from '../api/attempt-recording'

type Playback =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; url: string }
  | { status: 'error'; error: unknown }

type AttemptAudioProps = { attemptId: string; n: number; onDelete: () => void }

/**
 * The recording of a past attempt: fetched only when asked for, played from an object URL
 * (released when the attempt leaves the page), and removable on its own.
 */
export function AttemptAudio({ attemptId, n, onDelete }: AttemptAudioProps) {
  const { t } = useTranslation('rehearsal')
  const describe = useDescribeError()
  const [playback, setPlayback] = useState<Playback>({ status: 'idle' })
  const audioRef = useRef<HTMLAudioElement>(null)
  const controller = useRef<AbortController | null>(null)
  const url = playback.status === 'ready' ? playback.url : null

  useEffect(() => {
    if (!url) return
    audioRef.current?.focus()
    return () => URL.revokeObjectURL(url)
  }, [url])
  // The person asked to listen: play once the player knows the length (a browser may still wait for a press on play).
  useSeekableAudio(audioRef, url, (audio) => void audio.play().catch(() => {}))

  useEffect(() => () => controller.current?.abort(), [])

  async function load() {
    controller.current?.abort()
    const abort = new AbortController()
    controller.current = abort
    setPlayback({ status: 'loading' })
    try {
      const blob = await fetchAttemptAudio(attemptId, abort.signal)
      if (!abort.signal.aborted) setPlayback({ status: 'ready', url: URL.createObjectURL(blob) })
    } catch (error) {
      if (!abort.signal.aborted) setPlayback({ status: 'error', error })
    }
  }

  const ofAttempt = <span className="sr-only"> {t('history.ofAttempt', { n })}</span>

  return (
    <div className="r-attempt__audio">
      {url ? (
        // biome-ignore lint/a11y/useMediaCaption: the person's own voice; the words are in the attempt's text
        <audio
          ref={audioRef}
          className="r-audio"
          controls
          src={url}
          aria-label={t('history.recordingOf', { n })}
        />
      ) : (
        <Button
          variant="secondary"
          className="r-button-small"
          pending={playback.status === 'loading'}
          pendingLabel={t('history.audioLoading')}
          onClick={() => void load()}
        >
          <PlayIcon />
          {t('history.play')}
          {ofAttempt}
        </Button>
      )}
      <Button variant="ghost" className="r-button-small r-danger-text" onClick={onDelete}>
        {t('history.deleteAudio')}
        {ofAttempt}
      </Button>
      {playback.status === 'error' ? (
        <FormAlert>
          {isApiError(playback.error, 404) ? t('history.audioGone') : describe(playback.error)}
        </FormAlert>
      ) : null}
    </div>
  )
}
