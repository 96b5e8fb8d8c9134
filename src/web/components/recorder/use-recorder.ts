import { useCallback, useEffect, useRef, useState } from 'react'
import {
  abandonSession,
  currentRecordingSupport,
  openSession,
  releaseSession,
  type Session,
  sampleLevel,
  type Take,
  takeOf,
  watchSession,
} from './recorder-session'
import {
  FRAME_MS,
  MAX_RECORDING_MS,
  meterFraction,
  type RecorderProblem,
  recorderProblem,
  soundsMuted,
} from './recording'

export type RecorderStatus = 'idle' | 'requesting' | 'recording'

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
  const clock = useRecordingClock()
  const [problem, setProblem] = useState<RecorderProblem | null>(null)
  const session = useRef<Session | null>(null)
  const mounted = useRef(false)
  const callbacks = useRef({ onLevel, onTake })
  useEffect(() => {
    callbacks.current = { onLevel, onTake }
  })

  const fail = useCallback((reason: RecorderProblem) => {
    setProblem(reason)
    setStatus('idle')
  }, [])

  const complete = useCallback(
    (s: Session) => {
      releaseSession(s)
      if (session.current === s) session.current = null
      if (!mounted.current) return
      setStatus('idle')
      clock.setMuted(false)
      callbacks.current.onLevel(0)
      const take = takeOf(s)
      if (take) callbacks.current.onTake(take)
      else setProblem('empty')
    },
    [clock.setMuted],
  )

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

  // A broken recording gives no take: what came before the error may not even play.
  const breakOff = useCallback(
    (s: Session) => {
      s.recorder.onstop = null
      if (s.endedAt === null) s.endedAt = performance.now()
      releaseSession(s)
      if (session.current === s) session.current = null
      if (mounted.current) fail('failed')
    },
    [fail],
  )

  const tick = useCallback(
    (s: Session) => {
      const { elapsed, rms } = sampleLevel(s)
      callbacks.current.onLevel(meterFraction(rms))
      clock.show(s, elapsed)
      if (elapsed >= MAX_RECORDING_MS) finish('duration')
    },
    [finish, clock.show],
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
    const s = await openSession(() => mounted.current && !session.current)
    if (s === null) return
    if ('problem' in s) {
      if (mounted.current) fail(s.problem)
      return
    }
    session.current = s
    watchSession(s, {
      onFull: () => finish('size'),
      onStopped: () => complete(s),
      onError: () => breakOff(s),
      onTrackEnded: () => finish('person'),
    })
    try {
      s.recorder.start(1000)
    } catch (error) {
      releaseSession(s)
      session.current = null
      fail(recorderProblem(error))
      return
    }
    s.timer = window.setInterval(() => tick(s), FRAME_MS)
    clock.reset()
    setStatus('recording')
  }, [breakOff, clock.reset, complete, fail, finish, tick])

  const stop = useCallback(() => finish('person'), [finish])
  const clearProblem = useCallback(() => setProblem(null), [])

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      const s = session.current
      session.current = null
      if (s) abandonSession(s)
    }
  }, [])

  return { status, elapsedMs: clock.elapsedMs, muted: clock.muted, problem, start, stop, clearProblem }
}

/** The clock of the recording and the "no sound" warning, updated once per second of recording. */
function useRecordingClock() {
  const [elapsedMs, setElapsedMs] = useState(0)
  const [muted, setMuted] = useState(false)
  const show = useCallback((s: Session, elapsed: number) => {
    const second = Math.floor(elapsed / 1000)
    if (second === s.lastSecond) return
    s.lastSecond = second
    setElapsedMs(second * 1000)
    if (s.analyser) setMuted(soundsMuted(s.levels, elapsed))
  }, [])
  const reset = useCallback(() => {
    setElapsedMs(0)
    setMuted(false)
  }, [])
  return { elapsedMs, muted, setMuted, show, reset }
}
