import { useTranslation } from 'react-i18next'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { PlayIcon } from '../../../components/ui/icons'
import { isApiError } from '../../../lib/api-client'
import { useDescribeError } from '../../../lib/error-text'
import { useRecordingPlayback } from '../../../lib/use-recording-playback'
import { fetchAttemptAudio } from '../api/attempt-recording'

type AttemptAudioProps = { attemptId: string; n: number; onDelete: () => void }

/**
 * The recording of a past attempt: fetched only when asked for, played from an object URL
 * (released when the attempt leaves the page), and removable on its own.
 */
export function AttemptAudio({ attemptId, n, onDelete }: AttemptAudioProps) {
  const { t } = useTranslation('rehearsal')
  const describe = useDescribeError()
  const { playback, url, audioRef, load } = useRecordingPlayback(
    (signal) => fetchAttemptAudio(attemptId, signal),
    {
      focusWhenReady: true,
    },
  )

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
