import './recorder.css'
import { type ReactNode, useEffect, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { FormAlert, Notice } from '../ui/alert'
import { Button } from '../ui/button'
import { MicrophoneIcon } from '../ui/icons'
import type { RecorderProblem } from './recording'
import { RecordingPanel } from './recording-panel'
import { TakeReview } from './take-review'
import { TranscribeChoice } from './transcribe-choice'
import type { Delivery } from './use-delivery'
import { type SpokenPracticeOptions, useSpokenPractice } from './use-spoken-practice'

type SpokenPracticeProps = SpokenPracticeOptions & {
  /** What to do once the words are in the answer, said after the take (grade it, save it, send it). */
  nextStep: string
  /** What recording is for here; the spoken-practice sentence by default. */
  lead?: string
  /** The id of the answer textarea, to send people there to type what they said. */
  answerId: string
  /** The microphone cannot be used here (missing, refused, no recording in this browser). */
  onUnavailable?: (problem: RecorderProblem) => void
  /** Shown under the start button when nothing is recorded yet (another way to answer). */
  children?: ReactNode
  /** The take's delivery figures, measured on the device, shown with the take. */
  delivery?: Delivery
  /** Whether the browser's speech recognition wrote the take's words into the answer. */
  onTranscribed?: (transcribed: boolean) => void
}

/**
 * "Say it out loud": records the answer from the microphone, with a live level meter and a
 * clock; transcribes it into the answer where the browser can; keeps the take for the attempt.
 */
export function SpokenPractice(props: SpokenPracticeProps) {
  const { nextStep, lead, text, answerId, take, onUnavailable, children, delivery, onTranscribed } = props
  const { t } = useTranslation('recorder')
  const titleId = useId()
  const spoken = useSpokenPractice(props)
  const { support, recorder, recording, focus, transcription } = spoken
  const problemText = (p: RecorderProblem) => t(`spoken.problems.${p}`)
  const unavailable = isUnavailable(spoken.problem) ? spoken.problem : null
  useEffect(() => {
    if (unavailable) onUnavailable?.(unavailable)
  }, [unavailable, onUnavailable])
  const { transcribed } = spoken
  useEffect(() => {
    onTranscribed?.(transcribed)
  }, [transcribed, onTranscribed])

  return (
    <section className="card r-spoken" aria-labelledby={titleId}>
      <div className="r-spoken__head">
        <span className="round-badge r-spoken__icon" aria-hidden="true">
          <MicrophoneIcon />
        </span>
        <h2 className="section-title" id={titleId}>
          {t('spoken.title')}
        </h2>
      </div>
      <p className="muted r-small">{lead ?? t('spoken.lead')}</p>

      {support !== 'ok' ? (
        <Notice tone="warning">{problemText(support)}</Notice>
      ) : recording ? (
        <RecordingPanel
          elapsedMs={recorder.elapsedMs}
          muted={recorder.muted}
          transcription={transcription.state}
          meterRef={spoken.meterRef}
          stopRef={focus.stopRef}
          onStop={recorder.stop}
        />
      ) : (
        <>
          {take ? (
            <TakeReview
              take={take}
              headingRef={focus.takeRef}
              answerId={answerId}
              transcribed={spoken.transcribed}
              nextStep={nextStep}
              onDiscard={spoken.discard}
              delivery={delivery}
            />
          ) : null}
          <Button
            ref={focus.startRef}
            variant={take ? 'secondary' : 'primary'}
            className="button--large r-spoken__main"
            pending={recorder.status === 'requesting'}
            pendingLabel={t('spoken.requesting')}
            onClick={() => void spoken.start()}
          >
            <MicrophoneIcon />
            {take ? t('spoken.again') : t('spoken.start')}
          </Button>
          {take ? <p className="muted r-small">{t('spoken.againReplaces')}</p> : null}
          {take ? null : children}
        </>
      )}

      {support === 'ok' && !recording ? (
        transcription.supported ? (
          <TranscribeChoice
            checked={spoken.transcribe}
            onChange={spoken.setTranscribe}
            textBefore={text.trim() !== '' && !take}
            place={transcription.place}
          />
        ) : (
          <p className="r-small r-spoken__note">{t('spoken.noTranscription')}</p>
        )
      ) : null}

      {transcription.state === 'failed' ? (
        <Notice tone="info">{t('spoken.transcriptionFailed')}</Notice>
      ) : null}
      {spoken.problem && support === 'ok' ? <FormAlert>{problemText(spoken.problem)}</FormAlert> : null}
      <p className="sr-only" role="status">
        {spoken.announcement}
      </p>
    </section>
  )
}

/** Problems that will not go away by trying again on this page: no microphone to record with. */
export function isUnavailable(problem: RecorderProblem | null): problem is RecorderProblem {
  return (
    problem === 'denied' || problem === 'noMicrophone' || problem === 'unsupported' || problem === 'insecure'
  )
}
