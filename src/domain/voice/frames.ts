/**
 * The recording cut into 10 ms frames: how loud each one is (a smoothed intensity contour, in dB) and,
 * where the voice is periodic, its pitch. Everything else in this folder reads these frames.
 */
import { PitchDetector } from 'pitchy'

/** One frame every 10 ms, as Praat's intensity and pitch tracks (and de Jong & Wempe's script) use. */
export const HOP_MS = 10

/** Intensity of digital silence: a floor instead of minus infinity. */
export const FLOOR_DB = -100

/** The lowest and highest pitch taken for a voice, in Hz. */
const MIN_PITCH_HZ = 60
const MAX_PITCH_HZ = 500
/** McLeod's clarity under which a frame counts as unvoiced (noise, breath, a consonant). */
const MIN_CLARITY = 0.8

export type Frames = {
  /** Smoothed intensity per frame, in dB relative to full scale (0 dB is a full-scale sine's power ×2). */
  intensityDb: Float32Array
  /** Pitch per frame in Hz, 0 where the frame is unvoiced or was not looked at. */
  pitchHz: Float32Array
}

/** Power (mean square) of each hop of `hop` samples. */
function hopPowers(samples: Float32Array, hop: number): Float64Array {
  const count = Math.floor(samples.length / hop)
  const powers = new Float64Array(count)
  for (let f = 0; f < count; f++) {
    let sum = 0
    const start = f * hop
    for (let i = start; i < start + hop; i++) {
      const v = samples[i] as number
      sum += v * v
    }
    powers[f] = sum / hop
  }
  return powers
}

/**
 * Intensity in dB, the power smoothed over five hops (50 ms) with a triangular window: short enough to
 * keep one peak per syllable, long enough not to follow each glottal pulse.
 */
function intensityContour(powers: Float64Array): Float32Array {
  const weights = [1, 2, 3, 2, 1]
  const out = new Float32Array(powers.length)
  for (let f = 0; f < powers.length; f++) {
    let sum = 0
    let total = 0
    for (let k = -2; k <= 2; k++) {
      const p = powers[f + k]
      if (p === undefined) continue
      const w = weights[k + 2] as number
      sum += p * w
      total += w
    }
    const power = sum / total
    out[f] = power > 1e-10 ? 10 * Math.log10(power) : FLOOR_DB
  }
  return out
}

const PITCH_RATE = 8000

/** Every `factor`-th sample, each the mean of the `factor` samples it stands for (a crude low-pass). */
function decimate(samples: Float32Array, factor: number): Float32Array {
  if (factor === 1) return samples
  const out = new Float32Array(Math.floor(samples.length / factor))
  for (let i = 0; i < out.length; i++) {
    let sum = 0
    for (let k = i * factor; k < (i + 1) * factor; k++) sum += samples[k] as number
    out[i] = sum / factor
  }
  return out
}

function nextPowerOfTwo(n: number): number {
  let size = 1
  while (size < n) size *= 2
  return size
}

/**
 * The frames of a mono recording (samples between -1 and 1). Pitch is looked for only in frames louder
 * than `pitchFloorDb`, which keeps the cost to the spoken part.
 */
export function analyzeFrames(
  samples: Float32Array,
  sampleRate: number,
  options: { pitchFloorDb?: number } = {},
): Frames {
  const hop = Math.max(1, Math.round((sampleRate * HOP_MS) / 1000))
  const intensityDb = intensityContour(hopPowers(samples, hop))
  const pitchHz = new Float32Array(intensityDb.length)
  // Pitch is looked for at about 8 kHz: plenty for a voice under 500 Hz, and a quarter of the work at 48 kHz.
  const factor = Math.max(1, Math.round(sampleRate / PITCH_RATE))
  const low = decimate(samples, factor)
  const lowRate = sampleRate / factor
  // A window of about 32 ms holds two periods of the lowest voice.
  const window = nextPowerOfTwo(Math.ceil(lowRate * 0.032))
  const detector = PitchDetector.forFloat32Array(window)
  detector.clarityThreshold = MIN_CLARITY
  const floor = options.pitchFloorDb ?? -50
  for (let f = 0; f < intensityDb.length; f++) {
    if ((intensityDb[f] as number) < floor) continue
    const centre = ((f + 0.5) * hop) / factor
    const start = Math.round(centre - window / 2)
    if (start < 0 || start + window > low.length) continue
    const [pitch, clarity] = detector.findPitch(low.subarray(start, start + window), lowRate)
    if (clarity >= MIN_CLARITY && pitch >= MIN_PITCH_HZ && pitch <= MAX_PITCH_HZ) pitchHz[f] = pitch
  }
  return { intensityDb, pitchHz }
}

/** The value at a quantile (0–1) of numbers, or NaN for none. */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = Float64Array.from(values as ArrayLike<number>).sort()
  const at = Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1) + 0.5)))
  return sorted[at] as number
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  let sum = 0
  for (const v of values) sum += v
  return sum / values.length
}

export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0
  const m = mean(values)
  let sum = 0
  for (const v of values) sum += (v - m) * (v - m)
  return Math.sqrt(sum / (values.length - 1))
}
