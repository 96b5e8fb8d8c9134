import { useTranslation } from 'react-i18next'
import { RecordingPlayer } from '../../../components/ui/recording-player'
import { type AnswerTurn, fetchAnswerAudio } from '../api/answer-audio'

/** A spoken answer's recording: fetched only when asked for, played from an object URL released after. */
export function AnswerRecording({ sessionId, turn }: { sessionId: string; turn: AnswerTurn }) {
  const { t } = useTranslation('mock')
  return (
    <RecordingPlayer
      fetchRecording={(signal) => fetchAnswerAudio(sessionId, turn, signal)}
      label={t('recordingOf')}
      playLabel={t('playRecording')}
      loadingLabel={t('recordingLoading')}
    />
  )
}
