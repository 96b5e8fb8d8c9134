import { useCallback, useEffect, useRef, useState } from 'react'
import { recordingFigures } from '../../../../domain/rehearsal/speech'
import {
  FRAME_MS,
  isTooLarge,
  MAX_RECORDING_MS,
  meterFraction,
  nearSizeLimit,
  pickRecordingType,
  RECORDING_BITS_PER_SECOND,
  type RecorderProblem,
  recorderProblem,
  recordingSupport,
  rootMeanSquare,
  soundsMuted,
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

type Session = {
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
  timer: number | undefined
  stoppedBy: Take['stoppedBy']
  requestedType: string | undefined
}

export type RecorderStatus = 'idle' | 'requesting' | 'recording'

export function currentRecordingSupport() {
  if (typeof window === 'undefined') return 'unsupported' as const
  return recordingSupport({
    secureContext: window.isSecureContext,
    getUserMedia: typeof navigator.mediaDevices?.getUserMedia === 'function',
    mediaRecorder: typeof window.MediaRecorder === 'function',
  })
}

function release(session: Session) {
  window.clearInterval(session.timer)
  for (const track of session.stream.getTracks()) track.stop()
  if (session.context && session.context.state !== 'closed') void session.context.close().catch(() => {})
}

type RecorderOptions = {
  /** Called about every 50 ms while recording with the meter's fill (0–1); meant for a DOM ref, not state. */
  onLevel: (fraction: number) => void
  /** Called with each finished recording. */
  onTake: (take: Take) => void
}

/**
 * The microphone, a MediaRecorder and an analyser: records one answer at a time, samples its
 * loudness every 50 ms for the meter and the pause count, and hands over a Take on stop.
 */
export function useRecorder({ onLevel, onTake }: RecorderOptions) {
  const [status, setStatus] = useState<RecorderStatus>('idle')
  const [elapsedMs, setElapsedMs] = useState(0)
  const [muted, setMuted] = useState(false)
  const [problem, setProblem] = useState<RecorderProblem | null>(null)
  const session = useRef<Session | null>(null)
  const mounted = useRef(false)
  const callbacks = useRef({ onLevel, onTake })
  useEffect(() => {
    callbacks.current = { onLevel, onTake }
  })

  const complete = useCallback((s: Session) => {
    release(s)
    if (session.current === s) session.current = null
    if (!mounted.current) return
    setStatus('idle')
    setMuted(false)
    callbacks.current.onLevel(0)
    const type = s.recorder.mimeType || s.requestedType || s.chunks[0]?.type || ''
    const audio = new Blob(s.chunks, { type })
    if (audio.size === 0) {
      setProblem('empty')
      return
    }
    const durationMs = (s.endedAt ?? performance.now()) - s.startedAt
    const figures = recordingFigures(s.levels, { durationMs, frameMs: FRAME_MS })
    callbacks.current.onTake({
      audio,
      url: URL.createObjectURL(audio),
      contentType: uploadContentType(type),
      spokenSeconds: figures.spokenSeconds,
      longPauses: s.analyser ? figures.longPauses : null,
      tooLarge: isTooLarge(audio.size),
      stoppedBy: s.stoppedBy,
    })
  }, [])

  const finish = useCallback(
    (by: Take['stoppedBy']) => {
      const s = session.current
      if (!s || s.endedAt !== null) return
      s.endedAt = performance.now()
      s.stoppedBy = by
      window.clearInterval(s.timer)
      // stop() delivers the last chunk, then "stop" completes the take.
      if (s.recorder.state !== 'inactive') s.recorder.stop()
      else complete(s)
    },
    [complete],
  )

  const start = useCallback(async () => {
    if (session.current) return
    setProblem(null)
    const support = currentRecordingSupport()
    if (support !== 'ok') {
      setProblem(support)
      return
    }
    setStatus('requesting')
    let stream: MediaStream
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true })
    } catch (error) {
      if (mounted.current) {
        setProblem(recorderProblem(error))
        setStatus('idle')
      }
      return
    }
    if (!mounted.current || session.current) {
      for (const track of stream.getTracks()) track.stop()
      return
    }

    const requestedType = pickRecordingType((type) => MediaRecorder.isTypeSupported(type))
    let recorder: MediaRecorder
    try {
      recorder = new MediaRecorder(stream, {
        ...(requestedType ? { mimeType: requestedType } : {}),
        audioBitsPerSecond: RECORDING_BITS_PER_SECOND,
      })
    } catch (error) {
      for (const track of stream.getTracks()) track.stop()
      setProblem(recorderProblem(error) === 'failed' ? 'unsupported' : recorderProblem(error))
      setStatus('idle')
      return
    }

    // The level meter and the pause count need Web Audio; without it, the recording still works.
    let context: AudioContext | null = null
    let analyser: AnalyserNode | null = null
    try {
      context = new AudioContext()
      analyser = context.createAnalyser()
      analyser.fftSize = 2048
      context.createMediaStreamSource(stream).connect(analyser)
      if (context.state === 'suspended') void context.resume().catch(() => {})
    } catch {
      if (context) void context.close().catch(() => {})
      context = null
      analyser = null
    }

    const s: Session = {
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
      timer: undefined,
      stoppedBy: 'person',
      requestedType,
    }
    session.current = s

    recorder.ondataavailable = (event) => {
      if (event.data.size === 0) return
      s.chunks.push(event.data)
      s.bytes += event.data.size
      if (nearSizeLimit(s.bytes)) finish('size')
    }
    recorder.onstop = () => complete(s)
    recorder.onerror = () => {
      // A broken recording gives no take: what came before the error may not even play.
      recorder.onstop = null
      if (s.endedAt === null) s.endedAt = performance.now()
      release(s)
      if (session.current === s) session.current = null
      if (mounted.current) {
        setProblem('failed')
        setStatus('idle')
      }
    }
    // A recording that the microphone ends (unplugged, taken by another app) ends the take too.
    for (const track of stream.getAudioTracks()) track.addEventListener('ended', () => finish('person'))

    let lastSecond = -1
    const tick = () => {
      const elapsed = performance.now() - s.startedAt
      let rms = 0
      if (s.analyser) {
        s.analyser.getFloatTimeDomainData(s.samples)
        rms = rootMeanSquare(s.samples)
      }
      // One level per 50 ms of recording, even if the timer was slowed (a tab in the background).
      const frames = Math.floor(elapsed / FRAME_MS)
      while (s.levels.length < frames) s.levels.push(rms)
      callbacks.current.onLevel(meterFraction(rms))
      const second = Math.floor(elapsed / 1000)
      if (second !== lastSecond) {
        lastSecond = second
        setElapsedMs(second * 1000)
        if (s.analyser) setMuted(soundsMuted(s.levels, elapsed))
      }
      if (elapsed >= MAX_RECORDING_MS) finish('duration')
    }

    try {
      recorder.start(1000)
    } catch (error) {
      release(s)
      session.current = null
      setProblem(recorderProblem(error))
      setStatus('idle')
      return
    }
    s.timer = window.setInterval(tick, FRAME_MS)
    setElapsedMs(0)
    setMuted(false)
    setStatus('recording')
  }, [complete, finish])

  const stop = useCallback(() => finish('person'), [finish])
  const clearProblem = useCallback(() => setProblem(null), [])

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      const s = session.current
      if (!s) return
      session.current = null
      s.recorder.onstop = null
      s.recorder.ondataavailable = null
      if (s.recorder.state !== 'inactive') s.recorder.stop()
      release(s)
    }
  }, [])

  return { status, elapsedMs, muted, problem, start, stop, clearProblem }
}
