import { recordingFigures } from '../../../domain/rehearsal/speech'
import {
  FRAME_MS,
  isTooLarge,
  nearSizeLimit,
  pickRecordingType,
  RECORDING_BITS_PER_SECOND,
  type RecorderProblem,
  recorderProblem,
  recordingSupport,
  rootMeanSquare,
  uploadContentType,
} from './recording'

/** One finished recording, not yet sent: it goes to the server with the attempt it belongs to. */
export type Take = {
  audio: Blob
  /** An object URL to listen to it before saving; revoked by whoever holds the take. */
  url: string
  /** The type to upload it with, or null when the server would not accept this format. */
  contentType: string | null
  spokenSeconds: number
  /** Null when the loudness could not be measured (no Web Audio): unknown, not zero. */
  longPauses: number | null
  tooLarge: boolean
  stoppedBy: 'person' | 'duration' | 'size'
}

/** One recording while it runs: the microphone, the MediaRecorder, the analyser and what they gathered. */
export type Session = {
  stream: MediaStream
  recorder: MediaRecorder
  context: AudioContext | null
  analyser: AnalyserNode | null
  samples: Float32Array<ArrayBuffer>
  levels: number[]
  chunks: Blob[]
  bytes: number
  startedAt: number
  endedAt: number | null
  /** The last whole second of recording shown on the clock. */
  lastSecond: number
  timer: number | undefined
  stoppedBy: Take['stoppedBy']
  requestedType: string | undefined
}

type Failed = { problem: RecorderProblem }

export function currentRecordingSupport() {
  if (typeof window === 'undefined') return 'unsupported' as const
  return recordingSupport({
    secureContext: window.isSecureContext,
    getUserMedia: typeof navigator.mediaDevices?.getUserMedia === 'function',
    mediaRecorder: typeof window.MediaRecorder === 'function',
  })
}

function stopTracks(stream: MediaStream) {
  for (const track of stream.getTracks()) track.stop()
}

/** The microphone, or why it cannot be had (refused, missing, busy). */
async function openMicrophone(): Promise<{ stream: MediaStream } | Failed> {
  try {
    return { stream: await navigator.mediaDevices.getUserMedia({ audio: true }) }
  } catch (error) {
    return { problem: recorderProblem(error) }
  }
}

/** A MediaRecorder on the stream, in a type the browser records and the server keeps where it can. */
function createMediaRecorder(
  stream: MediaStream,
): { recorder: MediaRecorder; requestedType: string | undefined } | Failed {
  const requestedType = pickRecordingType((type) => MediaRecorder.isTypeSupported(type))
  try {
    const recorder = new MediaRecorder(stream, {
      ...(requestedType ? { mimeType: requestedType } : {}),
      audioBitsPerSecond: RECORDING_BITS_PER_SECOND,
    })
    return { recorder, requestedType }
  } catch (error) {
    const problem = recorderProblem(error)
    return { problem: problem === 'failed' ? 'unsupported' : problem }
  }
}

/** The level meter and the pause count need Web Audio; without it, the recording still works. */
function connectAnalyser(stream: MediaStream): {
  context: AudioContext | null
  analyser: AnalyserNode | null
} {
  let context: AudioContext | null = null
  try {
    context = new AudioContext()
    const analyser = context.createAnalyser()
    analyser.fftSize = 2048
    context.createMediaStreamSource(stream).connect(analyser)
    if (context.state === 'suspended') void context.resume().catch(() => {})
    return { context, analyser }
  } catch {
    if (context) void context.close().catch(() => {})
    return { context: null, analyser: null }
  }
}

/**
 * The microphone and a recorder on it, ready to start, or why not. Null when the session is no
 * longer wanted by the time the microphone is granted (`wanted`): the microphone is let go.
 */
export async function openSession(wanted: () => boolean): Promise<Session | Failed | null> {
  const microphone = await openMicrophone()
  if ('problem' in microphone) return microphone
  const { stream } = microphone
  if (!wanted()) {
    stopTracks(stream)
    return null
  }
  const created = createMediaRecorder(stream)
  if ('problem' in created) {
    stopTracks(stream)
    return created
  }
  return newSession(stream, created.recorder, created.requestedType)
}

function newSession(
  stream: MediaStream,
  recorder: MediaRecorder,
  requestedType: string | undefined,
): Session {
  const { context, analyser } = connectAnalyser(stream)
  return {
    stream,
    recorder,
    context,
    analyser,
    samples: new Float32Array(analyser?.fftSize ?? 0),
    levels: [],
    chunks: [],
    bytes: 0,
    startedAt: performance.now(),
    endedAt: null,
    lastSecond: -1,
    timer: undefined,
    stoppedBy: 'person',
    requestedType,
  }
}

type SessionEvents = {
  /** The recording is close to the largest file the server keeps. */
  onFull: () => void
  /** The last chunk is in: the take can be made. */
  onStopped: () => void
  onError: () => void
  /** The microphone went away (unplugged, taken by another app). */
  onTrackEnded: () => void
}

/** Gathers the recorded chunks and reports what happens to the recording. */
export function watchSession(session: Session, events: SessionEvents) {
  session.recorder.ondataavailable = (event) => {
    if (event.data.size === 0) return
    session.chunks.push(event.data)
    session.bytes += event.data.size
    if (nearSizeLimit(session.bytes)) events.onFull()
  }
  session.recorder.onstop = events.onStopped
  session.recorder.onerror = events.onError
  for (const track of session.stream.getAudioTracks()) track.addEventListener('ended', events.onTrackEnded)
}

/** Ends a recording nobody waits for any more (the page is gone): no take, nothing kept. */
export function abandonSession(session: Session) {
  session.recorder.onstop = null
  session.recorder.ondataavailable = null
  if (session.recorder.state !== 'inactive') session.recorder.stop()
  releaseSession(session)
}

/** Lets the microphone and the audio graph go. */
export function releaseSession(session: Session) {
  window.clearInterval(session.timer)
  stopTracks(session.stream)
  if (session.context && session.context.state !== 'closed') void session.context.close().catch(() => {})
}

/** The loudness now, kept once per 50 ms of recording even if the timer was slowed (a tab in the background). */
export function sampleLevel(session: Session): { elapsed: number; rms: number } {
  const elapsed = performance.now() - session.startedAt
  let rms = 0
  if (session.analyser) {
    session.analyser.getFloatTimeDomainData(session.samples)
    rms = rootMeanSquare(session.samples)
  }
  const frames = Math.floor(elapsed / FRAME_MS)
  while (session.levels.length < frames) session.levels.push(rms)
  return { elapsed, rms }
}

/** What the session recorded, as a take to listen to and send; null when nothing was recorded. */
export function takeOf(session: Session): Take | null {
  const type = session.recorder.mimeType || session.requestedType || session.chunks[0]?.type || ''
  const audio = new Blob(session.chunks, { type })
  if (audio.size === 0) return null
  const durationMs = (session.endedAt ?? performance.now()) - session.startedAt
  const figures = recordingFigures(session.levels, { durationMs, frameMs: FRAME_MS })
  return {
    audio,
    url: URL.createObjectURL(audio),
    contentType: uploadContentType(type),
    spokenSeconds: figures.spokenSeconds,
    longPauses: session.analyser ? figures.longPauses : null,
    tooLarge: isTooLarge(audio.size),
    stoppedBy: session.stoppedBy,
  }
}
