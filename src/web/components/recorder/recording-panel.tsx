import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { Notice } from '../ui/alert'
import { Button } from '../ui/button'
import { StopIcon } from '../ui/icons'
import { formatClock } from './recording'
import type { TranscriptionState } from './use-speech-recognition'

type RecordingPanelProps = {
  elapsedMs: number
  muted: boolean
  transcription: TranscriptionState
  /** The meter's fill, whose level is set on the element itself (no render per sample). */
  meterRef: RefObject<HTMLDivElement | null>
  stopRef: RefObject<HTMLButtonElement | null>
  onStop: () => void
}

/** While recording: the clock, the level meter, what to do now, and Stop. */
export function RecordingPanel({
  elapsedMs,
  muted,
  transcription,
  meterRef,
  stopRef,
  onStop,
}: RecordingPanelProps) {
  const { t } = useTranslation('recorder')
  return (
    <div className="r-rec">
      <div className="r-rec__top">
        <span className="r-rec__dot" aria-hidden="true" />
        <span className="r-rec__label">{t('spoken.recordingLabel')}</span>
        <span className="r-rec__clock" role="timer" aria-label={t('spoken.clockLabel')}>
          {formatClock(elapsedMs)}
        </span>
      </div>
      <div className="r-meter" aria-hidden="true">
        <div className="r-meter__fill" ref={meterRef} />
      </div>
      <p className="muted r-small">
        {transcription === 'listening'
          ? t('spoken.transcribing')
          : transcription === 'failed'
            ? null
            : t('spoken.speakNow')}
      </p>
      {muted ? <Notice tone="warning">{t('spoken.muted')}</Notice> : null}
      <Button ref={stopRef} variant="danger" className="button--large r-spoken__main" onClick={onStop}>
        <StopIcon />
        {t('spoken.stop')}
      </Button>
    </div>
  )
}
