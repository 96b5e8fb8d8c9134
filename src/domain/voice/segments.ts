/**
 * Speech and silence. In the browser a voice-activity detector (Silero, through vad-web) says where the
 * speech is; without it, and in tests, loudness does: frames quieter than the loud ones by more than
 * 25 dB are silent (the threshold of de Jong & Wempe's script). Either way the result is a list of spans.
 */
import { FLOOR_DB, HOP_MS, quantile } from './frames'

/** A span of the recording, in milliseconds from its start. */
export type Span = { startMs: number; endMs: number }

/** How far under the loud frames (99th percentile) a frame is silent, in dB. */
export const SILENCE_BELOW_LOUDEST_DB = 25
/** Silences shorter than this are the gaps between words, not pauses. */
export const MIN_SILENCE_MS = 250
/** Sounds shorter than this (a click, a breath) are not speech. */
export const MIN_SOUND_MS = 80

/** The intensity (dB) under which a frame is silent, for this recording. */
export function silenceThresholdDb(intensityDb: Float32Array): number {
  const voiced = Array.from(intensityDb).filter((db) => db > FLOOR_DB)
  if (voiced.length === 0) return 0
  return quantile(voiced, 0.99) - SILENCE_BELOW_LOUDEST_DB
}

/** Runs of equal booleans, as [start, end) frame indexes. */
function runs(flags: readonly boolean[]): { value: boolean; start: number; end: number }[] {
  const out: { value: boolean; start: number; end: number }[] = []
  for (let i = 0; i < flags.length; i++) {
    const last = out[out.length - 1]
    if (last && last.value === flags[i]) last.end = i + 1
    else out.push({ value: flags[i] as boolean, start: i, end: i + 1 })
  }
  return out
}

/** Speech spans from loudness alone: the fallback when no voice-activity detector ran. */
export function speechFromLoudness(intensityDb: Float32Array): Span[] {
  const threshold = silenceThresholdDb(intensityDb)
  const loud = Array.from(intensityDb, (db) => db >= threshold && db > FLOOR_DB)
  const minSilence = Math.ceil(MIN_SILENCE_MS / HOP_MS)
  const minSound = Math.ceil(MIN_SOUND_MS / HOP_MS)
  // Short sounds become silence first, then short silences inside speech become speech.
  for (const run of runs(loud)) {
    if (run.value && run.end - run.start < minSound) loud.fill(false, run.start, run.end)
  }
  const all = runs(loud)
  all.forEach((run, i) => {
    const inside = i > 0 && i < all.length - 1
    if (!run.value && inside && run.end - run.start < minSilence) loud.fill(true, run.start, run.end)
  })
  return runs(loud)
    .filter((run) => run.value)
    .map((run) => ({ startMs: run.start * HOP_MS, endMs: run.end * HOP_MS }))
}

/** Speech spans sorted, overlapping ones merged, the gaps shorter than MIN_SILENCE_MS closed. */
export function normalizeSpeech(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.endMs > s.startMs).sort((a, b) => a.startMs - b.startMs)
  const out: Span[] = []
  for (const span of sorted) {
    const last = out[out.length - 1]
    if (last && span.startMs - last.endMs < MIN_SILENCE_MS) last.endMs = Math.max(last.endMs, span.endMs)
    else out.push({ ...span })
  }
  return out
}

/** The silences between speech spans (never before the first word or after the last one). */
export function pausesBetween(speech: readonly Span[], minMs = MIN_SILENCE_MS): Span[] {
  const pauses: Span[] = []
  for (let i = 1; i < speech.length; i++) {
    const startMs = (speech[i - 1] as Span).endMs
    const endMs = (speech[i] as Span).startMs
    if (endMs - startMs >= minMs) pauses.push({ startMs, endMs })
  }
  return pauses
}
