import { useCallback, useEffect, useRef, useState } from 'react'
import type { MockTurn } from '../api/get-mock-interview'

type Interruption = 'over-time' | 'silence'

/** A meter fill above this (about -42 dB) is a voice, not the room. */
const VOICE_FRACTION = 0.3

type CutInOptions = {
  level: number
  turn: MockTurn
  turnKey: string
  clock: { elapsed: number; now: number }
  /** Whether the interviewer is listening now (answering, nothing sent, recording when spoken). */
  listening: boolean
  onCutIn: (reason: Interruption) => void
}

/**
 * Level 4: the interviewer cuts in when the answer runs far past its limit, or after a long silence
 * (no typing, or no voice on the microphone). The reason stays until the next turn.
 */
export function useCutIn({ level, turn, turnKey, clock, listening, onCutIn }: CutInOptions) {
  const [reason, setReason] = useState<Interruption | null>(null)
  const lastActivity = useRef(Date.now())
  const onCutInRef = useRef(onCutIn)
  useEffect(() => {
    onCutInRef.current = onCutIn
  })

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new turn starts without a cut.
  useEffect(() => {
    setReason(null)
    lastActivity.current = Date.now()
  }, [turnKey])

  useEffect(() => {
    if (level !== 4 || !listening || reason !== null) return
    const overTime = turn.interruptAfterSeconds !== null && clock.elapsed >= turn.interruptAfterSeconds
    const since = Math.max(lastActivity.current, clock.now - clock.elapsed * 1000)
    const silent = turn.silenceSeconds !== null && (clock.now - since) / 1000 >= turn.silenceSeconds
    if (overTime || silent) {
      const why = overTime ? 'over-time' : 'silence'
      setReason(why)
      onCutInRef.current(why)
    }
  }, [level, listening, reason, turn, clock.elapsed, clock.now])

  /** Typing, or the recording starting: the silence clock starts again. */
  const heard = useCallback(() => {
    lastActivity.current = Date.now()
  }, [])
  const sound = useCallback((fraction: number) => {
    if (fraction >= VOICE_FRACTION) lastActivity.current = Date.now()
  }, [])
  return { reason, heard, sound }
}
