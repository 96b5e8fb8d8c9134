import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../shared/schemas/common'
import { currentRecordingSupport, type Take } from './recorder-session'
import { withTranscript } from './recording'
import { useRecorder } from './use-recorder'
import { useRecordingFocus } from './use-recording-focus'
import { useSpeechRecognition } from './use-speech-recognition'
import { useSpokenAnnouncement } from './use-spoken-announcement'
import { useTranscribeChoice } from './use-transcribe-choice'

export type SpokenPracticeOptions = {
  /** The card's language: the transcript is recognised in it. */
  lang: Language
  /** The answer text, which the transcript fills while recording. */
  text: string
  onTextChange: (text: string) => void
  take: Take | null
  onTake: (take: Take | null) => void
  onRecordingChange: (recording: boolean) => void
  /** The meter's fill (0–1) about every 50 ms while recording: a voice, or a silence. */
  onSound?: ((fraction: number) => void) | undefined
  /** Set to stop a recording from outside (an interviewer cutting in). */
  stopRequested?: boolean | undefined
}

/**
 * What "Say it out loud" does: the recorder, the transcript that follows it into the answer,
 * where the focus goes and what a screen reader is told.
 */
export function useSpokenPractice({
  lang,
  text,
  onTextChange,
  take,
  onTake,
  onRecordingChange,
  onSound,
  stopRequested = false,
}: SpokenPracticeOptions) {
  const { t } = useTranslation('recorder')
  const [support] = useState(currentRecordingSupport)
  const [transcribe, setTranscribe] = useTranscribeChoice()
  const meterRef = useRef<HTMLDivElement>(null)
  const { transcribed, speech, startTranscript } = useTranscript(lang, text, onTextChange)

  const onSoundRef = useRef(onSound)
  useEffect(() => {
    onSoundRef.current = onSound
  })
  const onLevel = useCallback((fraction: number) => {
    meterRef.current?.style.setProperty('--level', fraction.toFixed(3))
    onSoundRef.current?.(fraction)
  }, [])
  const recorder = useRecorder({
    onLevel,
    onTake: (next) => {
      focus.focusTakeNext()
      onTake(next)
    },
  })
  const recording = recorder.status === 'recording'
  const focus = useRecordingFocus(recording, take)
  const { announcement, announce } = useSpokenAnnouncement(recording, recorder.elapsedMs, take)
  const { stop: stopSpeech } = speech

  useEffect(() => {
    onRecordingChange(recording)
    if (!recording) stopSpeech()
  }, [recording, onRecordingChange, stopSpeech])

  // The transcript starts with the recording (both need the microphone, granted once).
  useEffect(() => {
    if (recording && transcribe && speech.supported) speech.start()
  }, [recording, transcribe, speech.supported, speech.start])

  const { stop: stopRecorder } = recorder
  useEffect(() => {
    if (stopRequested && recording) stopRecorder()
  }, [stopRequested, recording, stopRecorder])

  async function start() {
    focus.focusStopNext()
    startTranscript()
    await recorder.start()
  }

  function discard() {
    onTake(null)
    announce(t('spoken.announceDiscarded'))
    focus.focusStart()
  }

  return {
    support,
    /** A problem of the recorder, or of the browser when it cannot record at all. */
    problem: recorder.problem ?? (support === 'ok' ? null : support),
    recorder,
    recording,
    transcribe,
    setTranscribe,
    transcribed,
    transcription: speech,
    meterRef,
    focus,
    announcement,
    start,
    discard,
  }
}

/**
 * The browser's transcript, written into the answer after the text that was there when the
 * recording started; `transcribed` once it has caught any words.
 */
function useTranscript(lang: Language, text: string, onTextChange: (text: string) => void) {
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
  const startTranscript = () => {
    textBefore.current = textRef.current
    setTranscribed(false)
  }
  return { transcribed, speech, startTranscript }
}
