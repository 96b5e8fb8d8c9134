import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Take } from '../../../components/recorder/recorder-session'
import type { RecorderProblem } from '../../../components/recorder/recording'
import { SpokenPractice } from '../../../components/recorder/spoken-practice'
import type { Delivery } from '../../../components/recorder/use-delivery'
import { Button } from '../../../components/ui/button'

/** Why a spoken session is answered in writing: the person's choice, or a microphone that cannot be used. */
export type WrittenReason = 'choice' | RecorderProblem

type SpokenAnswerProps = {
  lang: 'fr' | 'en'
  text: string
  onTextChange: (text: string) => void
  take: Take | null
  onTake: (take: Take | null) => void
  onRecordingChange: (recording: boolean) => void
  onSound: (fraction: number) => void
  stopRequested: boolean
  onWriteInstead: (reason: WrittenReason) => void
  /** The take's delivery figures, measured on the device. */
  delivery: Delivery
}

/**
 * The answer said out loud, recorded as in spoken practice: its time, pauses and delivery figures go with
 * the answer, the words come from the opt-in transcription or are typed in. Writing stays one tap away.
 */
export function SpokenAnswer({ onWriteInstead, ...props }: SpokenAnswerProps) {
  const { t } = useTranslation('mock')
  const unavailable = useCallback((problem: RecorderProblem) => onWriteInstead(problem), [onWriteInstead])
  return (
    <SpokenPractice
      {...props}
      answerId="mock-answer"
      lead={t('spokenLead')}
      nextStep={t('spokenNext')}
      onUnavailable={unavailable}
    >
      <Button variant="ghost" onClick={() => onWriteInstead('choice')}>
        {t('writeInstead')}
      </Button>
    </SpokenPractice>
  )
}
