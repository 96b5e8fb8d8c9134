import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/ui/button'
import { RecordingPlayer } from '../../../components/ui/recording-player'
import { fetchAttemptAudio } from '../api/attempt-recording'

type AttemptAudioProps = { attemptId: string; n: number; onDelete: () => void }

/** The recording of a past attempt, played when asked for, and removable on its own. */
export function AttemptAudio({ attemptId, n, onDelete }: AttemptAudioProps) {
  const { t } = useTranslation('rehearsal')
  const ofAttempt = <span className="sr-only"> {t('history.ofAttempt', { n })}</span>
  return (
    <RecordingPlayer
      fetchRecording={(signal) => fetchAttemptAudio(attemptId, signal)}
      label={t('history.recordingOf', { n })}
      playLabel={
        <>
          {t('history.play')}
          {ofAttempt}
        </>
      }
      loadingLabel={t('history.audioLoading')}
      goneLabel={t('history.audioGone')}
      focusWhenReady
      buttonClassName="r-button-small"
    >
      <Button variant="ghost" className="r-button-small r-danger-text" onClick={onDelete}>
        {t('history.deleteAudio')}
        {ofAttempt}
      </Button>
    </RecordingPlayer>
  )
}
