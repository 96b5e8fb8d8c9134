/**
 * Figures of a spoken attempt, computed from plain numbers. Pure: the browser measures the
 * audio (loudness per frame) and passes it in; the same functions run on the server.
 */

/** A comfortable pace for an interview answer, in words per minute. */
export const COMFORTABLE_WPM = { min: 110, max: 160 } as const

/** A silence at least this long, inside speech, counts as a long pause. */
export const LONG_PAUSE_MS = 2000

export function wordsPerMinute(wordCount: number, spokenSeconds: number | null | undefined): number | null {
  if (!spokenSeconds || spokenSeconds < 1 || wordCount === 0) return null
  return Math.round((wordCount * 600) / spokenSeconds) / 10
}

export type PaceVerdict = 'slow' | 'comfortable' | 'fast'
export function paceVerdict(wpm: number): PaceVerdict {
  if (wpm < COMFORTABLE_WPM.min) return 'slow'
  if (wpm > COMFORTABLE_WPM.max) return 'fast'
  return 'comfortable'
}

export type SilenceOptions = {
  /** Duration of one frame of `levels`, in milliseconds. */
  frameMs: number
  /**
   * Loudness (RMS, 0–1) under which a frame is silent. When absent it adapts to the
   * recording: a fraction of the loud frames' level, so a quiet microphone still works.
   */
  threshold?: number
  minPauseMs?: number
}

/** The silence threshold for a recording: 15 % of its 90th-percentile loudness, at least 0.005. */
export function adaptiveThreshold(levels: readonly number[]): number {
  if (levels.length === 0) return 0.01
  const sorted = [...levels].sort((a, b) => a - b)
  const loud = sorted[Math.floor(sorted.length * 0.9)] ?? 0
  return Math.max(0.005, loud * 0.15)
}

/**
 * Long pauses in a recording, from its loudness per frame. Silence before the first word
 * and after the last one does not count: only pauses inside the answer.
 */
export function countLongPauses(levels: readonly number[], options: SilenceOptions): number {
  const threshold = options.threshold ?? adaptiveThreshold(levels)
  const minFrames = Math.ceil((options.minPauseMs ?? LONG_PAUSE_MS) / options.frameMs)
  const first = levels.findIndex((l) => l >= threshold)
  if (first === -1) return 0
  let last = levels.length - 1
  while (last > first && (levels[last] ?? 0) < threshold) last--
  let pauses = 0
  let run = 0
  for (let i = first; i <= last; i++) {
    if ((levels[i] ?? 0) < threshold) {
      run++
    } else {
      if (run >= minFrames) pauses++
      run = 0
    }
  }
  return pauses
}

/** The longest spoken attempt the server keeps figures for, in seconds. */
export const MAX_SPOKEN_SECONDS = 3600

export type RecordingFigures = { spokenSeconds: number; longPauses: number }

/**
 * What a finished recording says about the answer: how long it lasted (to the tenth of a
 * second) and how many long pauses it held, from its loudness sampled every `frameMs`.
 */
export function recordingFigures(
  levels: readonly number[],
  options: { durationMs: number; frameMs: number },
): RecordingFigures {
  const seconds = Math.round(Math.max(0, options.durationMs) / 100) / 10
  return {
    spokenSeconds: Math.min(MAX_SPOKEN_SECONDS, seconds),
    longPauses: Math.min(1000, countLongPauses(levels, { frameMs: options.frameMs })),
  }
}
