import { describe, expect, it } from 'vitest'
import { AUDIO_MAX_BYTES } from '../../../shared/schemas/rehearsal'
import {
  announcedMark,
  formatClock,
  isFatalRecognitionError,
  isTooLarge,
  joinPhrases,
  meterFraction,
  nearSizeLimit,
  pickRecordingType,
  recognitionLang,
  recognitionPlace,
  recorderProblem,
  recordingSupport,
  rootMeanSquare,
  soundsMuted,
  uploadContentType,
  uploadProblem,
  withTranscript,
} from './recording'

describe('spoken practice: the recording format', () => {
  it('prefers Opus in WebM, and falls back to what the browser records', () => {
    expect(pickRecordingType(() => true)).toBe('audio/webm;codecs=opus')
    expect(pickRecordingType((type) => type === 'audio/mp4')).toBe('audio/mp4')
    expect(pickRecordingType(() => false)).toBeUndefined()
    expect(
      pickRecordingType(() => {
        throw new Error('old browser')
      }),
    ).toBeUndefined()
  })

  it('uploads with a content type the server accepts, or says it cannot', () => {
    expect(uploadContentType('audio/webm;codecs=opus')).toBe('audio/webm;codecs=opus')
    expect(uploadContentType('audio/mp4')).toBe('audio/mp4')
    expect(uploadContentType('video/webm;codecs=opus')).toBe('audio/webm;codecs=opus')
    expect(uploadContentType('video/mp4')).toBe('audio/mp4')
    expect(uploadContentType('')).toBeNull()
    expect(uploadContentType('audio/flac')).toBeNull()
  })

  it('knows when a recording is too heavy to keep, and when to stop before it is', () => {
    expect(isTooLarge(AUDIO_MAX_BYTES)).toBe(false)
    expect(isTooLarge(AUDIO_MAX_BYTES + 1)).toBe(true)
    expect(nearSizeLimit(1_000_000)).toBe(false)
    expect(nearSizeLimit(AUDIO_MAX_BYTES - 1000)).toBe(true)
  })
})

describe('spoken practice: what went wrong, for a person', () => {
  const domError = (name: string) => new DOMException('message for developers', name)

  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'noMicrophone'],
    ['OverconstrainedError', 'noMicrophone'],
    ['NotReadableError', 'busy'],
    ['AbortError', 'busy'],
    ['NotSupportedError', 'unsupported'],
    ['TypeError', 'failed'],
  ])('getUserMedia failing with %s means "%s"', (name, problem) => {
    expect(recorderProblem(domError(name))).toBe(problem)
  })

  it('treats anything else as a plain failure', () => {
    expect(recorderProblem(new Error('boom'))).toBe('failed')
    expect(recorderProblem(undefined)).toBe('failed')
    expect(recorderProblem('NotAllowedError')).toBe('failed')
  })

  it('tells an unsafe page and a browser without recording apart', () => {
    const all = { secureContext: true, getUserMedia: true, mediaRecorder: true }
    expect(recordingSupport(all)).toBe('ok')
    expect(recordingSupport({ ...all, secureContext: false })).toBe('insecure')
    expect(recordingSupport({ ...all, mediaRecorder: false })).toBe('unsupported')
    expect(recordingSupport({ ...all, getUserMedia: false })).toBe('unsupported')
  })

  it('gives refused uploads their own words: too large, wrong format', () => {
    expect(uploadProblem({ status: 413 })).toBe('tooLarge')
    expect(uploadProblem({ status: 415 })).toBe('unsupportedType')
    expect(uploadProblem({ status: 500 })).toBeNull()
    expect(uploadProblem(new Error('offline'))).toBeNull()
  })

  it('stops transcribing only on errors that trying again would not fix', () => {
    expect(isFatalRecognitionError('not-allowed')).toBe(true)
    expect(isFatalRecognitionError('network')).toBe(true)
    expect(isFatalRecognitionError('audio-capture')).toBe(true)
    expect(isFatalRecognitionError('no-speech')).toBe(false)
    expect(isFatalRecognitionError('aborted')).toBe(false)
  })
})

describe('spoken practice: meter, clock and transcript', () => {
  it('measures loudness and shows it on a decibel scale', () => {
    expect(rootMeanSquare([])).toBe(0)
    expect(rootMeanSquare([0.5, -0.5, 0.5, -0.5])).toBeCloseTo(0.5)
    expect(meterFraction(0)).toBe(0)
    expect(meterFraction(Number.NaN)).toBe(0)
    expect(meterFraction(0.001)).toBe(0) // -60 dB: silence
    expect(meterFraction(1)).toBe(1)
    expect(meterFraction(0.1)).toBeCloseTo(2 / 3) // -20 dB: a voice
    expect(meterFraction(4)).toBe(1)
  })

  it('notices a microphone that hears nothing, after a few seconds only', () => {
    const quiet = Array.from({ length: 80 }, () => 0.0005)
    expect(soundsMuted(quiet, 2000)).toBe(false)
    expect(soundsMuted(quiet, 4000)).toBe(true)
    expect(soundsMuted([...quiet, 0.05], 4000)).toBe(false)
    expect(soundsMuted([], 4000)).toBe(false)
  })

  it('shows the time as a clock and announces it each half minute', () => {
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(7_900)).toBe('0:07')
    expect(formatClock(65_000)).toBe('1:05')
    expect(formatClock(600_000)).toBe('10:00')
    expect(formatClock(-5)).toBe('0:00')
    expect(announcedMark(29_999)).toBe(0)
    expect(announcedMark(30_000)).toBe(30)
    expect(announcedMark(95_000)).toBe(90)
  })

  it('recognises speech in the language of the card', () => {
    expect(recognitionLang('fr')).toBe('fr-FR')
    expect(recognitionLang('en')).toBe('en-US')
  })

  it('writes the transcript after what was already there, never over it', () => {
    expect(joinPhrases([' bonjour', 'je suis ', '', 'Camille'])).toBe('bonjour je suis Camille')
    expect(withTranscript('', 'bonjour je suis Camille')).toBe('Bonjour je suis Camille')
    expect(withTranscript('Mon brouillon.  ', 'et à voix haute')).toBe('Mon brouillon.\n\nEt à voix haute')
    expect(withTranscript('Mon brouillon.', '  ')).toBe('Mon brouillon.')
  })
})

describe('where the recognizer works', () => {
  it('is this device only when the browser says the language is available there now', () => {
    expect(recognitionPlace('available')).toBe('device')
    expect(recognitionPlace('downloadable')).toBe('online')
    expect(recognitionPlace('unavailable')).toBe('online')
    expect(recognitionPlace(undefined)).toBe('online')
  })
})
