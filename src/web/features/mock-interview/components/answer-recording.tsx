import { useTranslation } from 'react-i18next'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { PlayIcon } from '../../../components/ui/icons'
import { useDescribeError } from '../../../lib/error-text'
import { useRecordingPlayback } from '../../../lib/use-recording-playback'
import { type AnswerTurn, fetchAnswerAudio } from '../api/answer-audio'

/** A spoken answer's recording: fetched only when asked for, played from an object URL released after. */
export function AnswerRecording({ sessionId, turn }: { sessionId: string; turn: AnswerTurn }) {
  const { t } = useTranslation('mock')
  const describe = useDescribeError()
  const { playback, url, audioRef, load } = useRecordingPlayback((signal) =>
    fetchAnswerAudio(sessionId, turn, signal),
  )

  if (url) {
    // biome-ignore lint/a11y/useMediaCaption: the person's own voice; the words are in the answer above
    return <audio ref={audioRef} className="r-audio" controls src={url} aria-label={t('recordingOf')} />
  }
  return (
    <div>
      <Button
        variant="secondary"
        pending={playback.status === 'loading'}
        pendingLabel={t('recordingLoading')}
        onClick={() => void load()}
      >
        <PlayIcon />
        {t('playRecording')}
      </Button>
      {playback.status === 'error' ? <FormAlert>{describe(playback.error)}</FormAlert> : null}
    </div>
  )
}
