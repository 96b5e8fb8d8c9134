import { describe, expect, it } from 'vitest'
import {
  adaptiveThreshold,
  countLongPauses,
  MAX_SPOKEN_SECONDS,
  paceVerdict,
  recordingFigures,
  wordsPerMinute,
} from './speech'

const speech = (frames: number) => Array.from({ length: frames }, (_, i) => 0.2 + 0.05 * Math.sin(i))
const silence = (frames: number) => Array.from({ length: frames }, () => 0.001)

describe('spoken attempt figures', () => {
  it('computes words per minute only when there is something to compute', () => {
    expect(wordsPerMinute(140, 60)).toBe(140)
    expect(wordsPerMinute(100, 40)).toBe(150)
    expect(wordsPerMinute(0, 40)).toBeNull()
    expect(wordsPerMinute(50, 0)).toBeNull()
    expect(wordsPerMinute(50, null)).toBeNull()
  })

  it('judges the pace against a comfortable range', () => {
    expect(paceVerdict(90)).toBe('slow')
    expect(paceVerdict(135)).toBe('comfortable')
    expect(paceVerdict(190)).toBe('fast')
  })

  it('counts silences of two seconds or more inside the answer, not before or after it', () => {
    // 50 ms frames: 40 frames = 2 s.
    const levels = [
      ...silence(60), // 3 s before speaking: not a pause
      ...speech(40),
      ...silence(50), // 2.5 s: a long pause
      ...speech(30),
      ...silence(20), // 1 s: a breath, not a long pause
      ...speech(30),
      ...silence(45), // 2.25 s: a long pause
      ...speech(10),
      ...silence(100), // trailing silence: not a pause
    ]
    expect(countLongPauses(levels, { frameMs: 50 })).toBe(2)
    expect(countLongPauses(levels, { frameMs: 50, minPauseMs: 1000 })).toBe(3)
  })

  it('adapts to a quiet microphone and survives silence or empty input', () => {
    const quiet = [...speech(40), ...silence(50), ...speech(40)].map((l) => l / 20)
    expect(adaptiveThreshold(quiet)).toBeLessThan(0.01)
    expect(countLongPauses(quiet, { frameMs: 50 })).toBe(1)
    expect(countLongPauses(silence(200), { frameMs: 50 })).toBe(0)
    expect(countLongPauses([], { frameMs: 50 })).toBe(0)
  })

  it('sums a recording up: its length to the tenth of a second, and its long pauses', () => {
    const levels = [...silence(10), ...speech(40), ...silence(60), ...speech(40), ...silence(10)]
    expect(recordingFigures(levels, { durationMs: 8_049, frameMs: 50 })).toEqual({
      spokenSeconds: 8,
      longPauses: 1,
    })
    expect(recordingFigures(levels, { durationMs: 8_051, frameMs: 50 }).spokenSeconds).toBe(8.1)
    expect(recordingFigures([], { durationMs: 0, frameMs: 50 })).toEqual({ spokenSeconds: 0, longPauses: 0 })
    // The server refuses more than an hour: a forgotten recording is capped, not lost.
    expect(recordingFigures([], { durationMs: 5 * 3600_000, frameMs: 50 }).spokenSeconds).toBe(
      MAX_SPOKEN_SECONDS,
    )
  })
})
