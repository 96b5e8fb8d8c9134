/**
 * The plain decisions behind spoken practice, kept apart from the browser APIs so that they
 * can be tested: which format to record in, what a failure means for the person, how loud
 * the meter shows a level, and how a transcript joins what was already written.
 */
import type { Language } from '../../../shared/schemas/common'
import { AUDIO_CONTENT_TYPES, AUDIO_MAX_BYTES } from '../../../shared/schemas/rehearsal'

/** Loudness is sampled this often while recording; the pause count is computed on these frames. */
export const FRAME_MS = 50

/** A recording stops by itself after ten minutes: far longer than any interview answer. */
export const MAX_RECORDING_MS = 10 * 60_000

/** Compressed speech at this rate makes ten minutes weigh about 5 MB, well under the server's limit. */
export const RECORDING_BITS_PER_SECOND = 64_000

/** Room kept under AUDIO_MAX_BYTES for the last chunk when the size stops a recording. */
const SIZE_MARGIN_BYTES = 256 * 1024

/** The formats to ask MediaRecorder for, best first; the server accepts each of them. */
export const RECORDING_TYPES = [
  'audio/webm;codecs=opus',
  'audio/webm',
  'audio/ogg;codecs=opus',
  'audio/mp4',
  'audio/mpeg',
] as const

/** The first format the browser can record, or undefined to let it choose. */
export function pickRecordingType(isTypeSupported: (type: string) => boolean): string | undefined {
  return RECORDING_TYPES.find((type) => {
    try {
      return isTypeSupported(type)
    } catch {
      return false
    }
  })
}

/**
 * The Content-Type to upload a recording with, or null when the server would refuse it.
 * Some browsers label an audio-only recording as video (Chrome's "video/webm", Safari's "video/mp4").
 */
export function uploadContentType(blobType: string): string | null {
  const type = blobType.trim().toLowerCase()
  if (AUDIO_CONTENT_TYPES.test(type)) return type
  const video = /^video\/(webm|mp4)(;.*)?$/.exec(type)
  if (video) return `audio/${video[1]}${video[2] ?? ''}`
  return null
}

/** True when a recording is too heavy for the server to keep. */
export function isTooLarge(bytes: number): boolean {
  return bytes > AUDIO_MAX_BYTES
}

/** True when the recording so far leaves too little room before the server's limit. */
export function nearSizeLimit(bytes: number): boolean {
  return bytes >= AUDIO_MAX_BYTES - SIZE_MARGIN_BYTES
}

export type RecorderProblem =
  | 'denied'
  | 'noMicrophone'
  | 'busy'
  | 'unsupported'
  | 'insecure'
  | 'empty'
  | 'failed'

/** Whether this browser, on this page, can record at all; and if not, why. */
export function recordingSupport(env: {
  secureContext: boolean
  getUserMedia: boolean
  mediaRecorder: boolean
}): 'ok' | RecorderProblem {
  if (!env.secureContext) return 'insecure'
  if (!env.getUserMedia || !env.mediaRecorder) return 'unsupported'
  return 'ok'
}

function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error) {
    const name = (error as { name: unknown }).name
    if (typeof name === 'string') return name
  }
  return ''
}

/** What a failed getUserMedia (or MediaRecorder) means, in terms a person can act on. */
export function recorderProblem(error: unknown): RecorderProblem {
  switch (errorName(error)) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied'
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'noMicrophone'
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy'
    case 'NotSupportedError':
      return 'unsupported'
    default:
      return 'failed'
  }
}

export type UploadProblem = 'tooLarge' | 'unsupportedType'

/** The upload refusals that deserve their own words (the rest go through the usual error text). */
export function uploadProblem(error: unknown): UploadProblem | null {
  const status =
    typeof error === 'object' && error !== null && 'status' in error
      ? (error as { status: unknown }).status
      : undefined
  if (status === 413) return 'tooLarge'
  if (status === 415) return 'unsupportedType'
  return null
}

/**
 * The meter's fill (0–1) for a loudness (RMS, 0–1), on a decibel scale from -60 dB to 0 dB,
 * so that ordinary speech moves the bar well and silence leaves it empty.
 */
export function meterFraction(rms: number): number {
  if (!(rms > 0)) return 0
  const db = 20 * Math.log10(rms)
  return Math.min(1, Math.max(0, (db + 60) / 60))
}

/** The loudness (root mean square) of samples between -1 and 1. */
export function rootMeanSquare(samples: ArrayLike<number>): number {
  if (samples.length === 0) return 0
  let sum = 0
  for (let i = 0; i < samples.length; i++) {
    const value = samples[i] ?? 0
    sum += value * value
  }
  return Math.sqrt(sum / samples.length)
}

/** Below this loudness for the first seconds, the microphone is probably muted or the wrong one. */
export const SILENT_LEVEL = 0.003
const SILENT_CHECK_MS = 3000

/** True once several seconds have passed without a single frame loud enough to be a voice. */
export function soundsMuted(levels: readonly number[], elapsedMs: number): boolean {
  if (elapsedMs < SILENT_CHECK_MS || levels.length === 0) return false
  return levels.every((level) => level < SILENT_LEVEL)
}

/** "0:07", "1:05", "10:00": the elapsed time of a recording, as a clock shows it. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  return `${minutes}:${String(seconds).padStart(2, '0')}`
}

/** The speech recognition language for a card: French of France, English of the United States. */
export function recognitionLang(lang: Language): string {
  return lang === 'fr' ? 'fr-FR' : 'en-US'
}

/** Recognition errors after which trying again would not help. */
const FATAL_RECOGNITION_ERRORS = new Set([
  'not-allowed',
  'service-not-allowed',
  'network',
  'audio-capture',
  'language-not-supported',
  'bad-grammar',
])

export function isFatalRecognitionError(code: string): boolean {
  return FATAL_RECOGNITION_ERRORS.has(code)
}

/** Pieces of a transcript, joined with single spaces. */
export function joinPhrases(phrases: readonly string[]): string {
  return phrases
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase !== '')
    .join(' ')
}

/** The answer text while transcribing: what was written before, then what is being said. */
export function withTranscript(before: string, transcript: string): string {
  const said = transcript.trim()
  if (said === '') return before
  const kept = before.trimEnd()
  if (kept === '') return capitalize(said)
  return `${kept}\n\n${capitalize(said)}`
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}

/** The next spoken seconds announcement: each half minute, for people who cannot see the clock. */
export function announcedMark(elapsedMs: number): number {
  return Math.floor(elapsedMs / 30_000) * 30
}

/**
 * Where the browser's recognizer works, from what `SpeechRecognition.available({ langs, processLocally: true })`
 * answered (Chrome 139 and later): on this device only when the language is there now; anything else
 * (not yet downloaded, no such API, an error) means the sound may go to the browser maker's service.
 */
export function recognitionPlace(onDeviceAvailability: string | undefined): 'device' | 'online' {
  return onDeviceAvailability === 'available' ? 'device' : 'online'
}
