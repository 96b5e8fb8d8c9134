import { type RefObject, useCallback, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/schemas/common'
import { FormAlert, Notice } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { MicrophoneIcon, StopIcon } from '../../../components/ui/icons'
import { deviceStorage } from '../../../lib/device-storage'
import { announcedMark, formatClock, type RecorderProblem, withTranscript } from './recording'
import { useMeasuredDuration } from './time-words'
import { currentRecordingSupport, type Take, useRecorder } from './use-recorder'
import { useSeekableAudio } from './use-seekable-audio'
import { useSpeechRecognition } from './use-speech-recognition'

const TRANSCRIBE_KEY = 'transcribe'

function readTranscribePreference(): boolean {
  return deviceStorage.readText(TRANSCRIBE_KEY) !== 'off'
}

function saveTranscribePreference(on: boolean) {
  // Not remembered on this device when storage fails: the choice still holds on this page.
  if (on) deviceStorage.remove(TRANSCRIBE_KEY)
  else deviceStorage.writeText(TRANSCRIBE_KEY, 'off')
}

type SpokenPracticeProps = {
  /** The card's language: the transcript is recognised in it. */
  lang: Language
  /** Before an interview the attempt is saved, not graded: the next step says so. */
  cram: boolean
  /** The answer text, which the transcript fills while recording. */
  text: string
  onTextChange: (text: string) => void
  /** The id of the answer textarea, to send people there to type what they said. */
  answerId: string
  take: Take | null
  onTake: (take: Take | null) => void
  onRecordingChange: (recording: boolean) => void
}

/**
 * "Say it out loud": records the answer from the microphone, with a live level meter and a
 * clock; transcribes it into the answer where the browser can; keeps the take for the attempt.
 */
export function SpokenPractice({
  lang,
  cram,
  text,
  onTextChange,
  answerId,
  take,
  onTake,
  onRecordingChange,
}: SpokenPracticeProps) {
  const { t } = useTranslation('rehearsal')
  const titleId = useId()
  const transcribeId = useId()
  const duration = useMeasuredDuration()
  const [support] = useState(currentRecordingSupport)
  const [transcribe, setTranscribe] = useState(readTranscribePreference)
  const [announcement, setAnnouncement] = useState('')
  const meterRef = useRef<HTMLDivElement>(null)
  const stopRef = useRef<HTMLButtonElement>(null)
  const takeRef = useRef<HTMLHeadingElement>(null)
  const startRef = useRef<HTMLButtonElement>(null)
  const focusAfter = useRef<'stop' | 'take' | null>(null)
  const textBefore = useRef('')
  const [transcribed, setTranscribed] = useState(false)
  const textRef = useRef(text)
  useEffect(() => {
    textRef.current = text
  })

  const speech = useSpeechRecognition(lang, (transcript) => {
    if (transcript.trim() !== '') setTranscribed(true)
    onTextChange(withTranscript(textBefore.current, transcript))
  })

  const onLevel = useCallback((fraction: number) => {
    meterRef.current?.style.setProperty('--level', fraction.toFixed(3))
  }, [])
  const handleTake = useCallback(
    (next: Take) => {
      focusAfter.current = 'take'
      onTake(next)
    },
    [onTake],
  )
  const recorder = useRecorder({ onLevel, onTake: handleTake })
  const recording = recorder.status === 'recording'
  const { stop: stopSpeech } = speech

  useEffect(() => {
    onRecordingChange(recording)
    if (!recording) stopSpeech()
  }, [recording, onRecordingChange, stopSpeech])

  // Focus follows the one button that matters: Stop while recording, then the take.
  useEffect(() => {
    if (focusAfter.current === 'stop' && recording) {
      focusAfter.current = null
      stopRef.current?.focus()
    } else if (focusAfter.current === 'take' && take) {
      focusAfter.current = null
      takeRef.current?.focus()
    }
  }, [recording, take])

  // Spoken aloud to screen readers: the state, then the time each half minute.
  const mark = recording ? announcedMark(recorder.elapsedMs) : 0
  useEffect(() => {
    if (recording) {
      setAnnouncement(
        mark === 0 ? t('spoken.announceRecording') : t('spoken.announceElapsed', { time: duration(mark) }),
      )
    }
  }, [recording, mark, t, duration])
  useEffect(() => {
    if (take) setAnnouncement(t('spoken.announceStopped', { time: duration(take.spokenSeconds) }))
  }, [take, t, duration])

  async function start() {
    focusAfter.current = 'stop'
    textBefore.current = textRef.current
    setTranscribed(false)
    await recorder.start()
  }

  // The transcript starts with the recording (both need the microphone, granted once).
  useEffect(() => {
    if (recording && transcribe && speech.supported) speech.start()
  }, [recording, transcribe, speech.supported, speech.start])

  function discard() {
    onTake(null)
    setAnnouncement(t('spoken.announceDiscarded'))
    startRef.current?.focus()
  }

  const problem = recorder.problem ?? (support === 'ok' ? null : support)
  const problemText = (p: RecorderProblem) => t(`spoken.problems.${p}`)

  return (
    <section className="card r-spoken" aria-labelledby={titleId}>
      <div className="r-spoken__head">
        <span className="r-spoken__icon" aria-hidden="true">
          <MicrophoneIcon />
        </span>
        <h2 className="section-title" id={titleId}>
          {t('spoken.title')}
        </h2>
      </div>
      <p className="muted r-small">{t('spoken.lead')}</p>

      {support !== 'ok' ? (
        <Notice tone="warning">{problemText(support)}</Notice>
      ) : recording ? (
        <div className="r-rec">
          <div className="r-rec__top">
            <span className="r-rec__dot" aria-hidden="true" />
            <span className="r-rec__label">{t('spoken.recordingLabel')}</span>
            <span className="r-rec__clock" role="timer" aria-label={t('spoken.clockLabel')}>
              {formatClock(recorder.elapsedMs)}
            </span>
          </div>
          <div className="r-meter" aria-hidden="true">
            <div className="r-meter__fill" ref={meterRef} />
          </div>
          <p className="muted r-small">
            {speech.state === 'listening'
              ? t('spoken.transcribing')
              : speech.state === 'failed'
                ? null
                : t('spoken.speakNow')}
          </p>
          {recorder.muted ? <Notice tone="warning">{t('spoken.muted')}</Notice> : null}
          <Button
            ref={stopRef}
            variant="danger"
            className="button--large r-spoken__main"
            onClick={recorder.stop}
          >
            <StopIcon />
            {t('spoken.stop')}
          </Button>
        </div>
      ) : (
        <>
          {take ? (
            <TakeReview
              take={take}
              headingRef={takeRef}
              answerId={answerId}
              transcribed={transcribed}
              cram={cram}
              onDiscard={discard}
            />
          ) : null}
          <Button
            ref={startRef}
            variant={take ? 'secondary' : 'primary'}
            className="button--large r-spoken__main"
            pending={recorder.status === 'requesting'}
            pendingLabel={t('spoken.requesting')}
            onClick={() => void start()}
          >
            <MicrophoneIcon />
            {take ? t('spoken.again') : t('spoken.start')}
          </Button>
          {take ? <p className="muted r-small">{t('spoken.againReplaces')}</p> : null}
        </>
      )}

      {support === 'ok' && !recording ? (
        speech.supported ? (
          <div className="r-check">
            <input
              id={transcribeId}
              type="checkbox"
              className="r-check__box"
              checked={transcribe}
              aria-describedby={`${transcribeId}-hint`}
              onChange={(event) => {
                setTranscribe(event.target.checked)
                saveTranscribePreference(event.target.checked)
              }}
            />
            <div>
              <label htmlFor={transcribeId} className="r-check__label">
                {t('spoken.transcribe')}
              </label>
              <p className="muted r-small" id={`${transcribeId}-hint`}>
                {transcribe && text.trim() !== '' && !take
                  ? `${t('spoken.transcribeHint')} ${t('spoken.transcribeAfter')}`
                  : t('spoken.transcribeHint')}
              </p>
            </div>
          </div>
        ) : (
          <p className="r-small r-spoken__note">{t('spoken.noTranscription')}</p>
        )
      ) : null}

      {speech.state === 'failed' ? <Notice tone="info">{t('spoken.transcriptionFailed')}</Notice> : null}
      {problem && support === 'ok' ? <FormAlert>{problemText(problem)}</FormAlert> : null}
      <p className="sr-only" role="status">
        {announcement}
      </p>
    </section>
  )
}

type TakeReviewProps = {
  take: Take
  headingRef: RefObject<HTMLHeadingElement | null>
  answerId: string
  transcribed: boolean
  cram: boolean
  onDiscard: () => void
}

/** The recording just made: listen to it, keep it for the attempt, or throw it away. */
function TakeReview({ take, headingRef, answerId, transcribed, cram, onDiscard }: TakeReviewProps) {
  const { t } = useTranslation('rehearsal')
  const duration = useMeasuredDuration()
  const headingId = useId()
  const audioRef = useRef<HTMLAudioElement>(null)
  useSeekableAudio(audioRef, take.url)
  return (
    <div className="r-take">
      <h3 className="r-take__title" id={headingId} tabIndex={-1} ref={headingRef}>
        {t('spoken.takeTitle', { time: duration(take.spokenSeconds) })}
      </h3>
      {/* biome-ignore lint/a11y/useMediaCaption: the person's own voice, whose words are in the answer box */}
      <audio
        ref={audioRef}
        className="r-audio"
        controls
        preload="metadata"
        src={take.url}
        aria-labelledby={headingId}
      />
      {take.stoppedBy === 'duration' ? <Notice tone="info">{t('spoken.stoppedDuration')}</Notice> : null}
      {take.stoppedBy === 'size' ? <Notice tone="info">{t('spoken.stoppedSize')}</Notice> : null}
      {take.tooLarge ? (
        <Notice tone="warning">{t('spoken.tooLarge')}</Notice>
      ) : take.contentType === null ? (
        <Notice tone="warning">{t('spoken.formatRefused')}</Notice>
      ) : null}
      <p className="r-small">
        {transcribed ? t('spoken.nextReview') : t('spoken.nextType')}{' '}
        {cram ? t('spoken.nextSave') : t('spoken.nextGrade')}
      </p>
      <div className="r-spoken__actions">
        <Button
          variant="secondary"
          className="r-button-small"
          onClick={() => document.getElementById(answerId)?.focus()}
        >
          {t('spoken.toAnswer')}
        </Button>
        <Button variant="ghost" className="r-button-small" onClick={onDiscard}>
          {t('spoken.discard')}
        </Button>
      </div>
    </div>
  )
}
