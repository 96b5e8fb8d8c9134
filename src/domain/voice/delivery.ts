/**
 * Delivery figures of a spoken answer, from the recording alone (no words needed, French or English
 * alike): pauses, pace, pitch variation, loudness at the ends of phrases and probable filled pauses.
 */
import { analyzeFrames, FLOOR_DB, type Frames, HOP_MS, quantile, standardDeviation } from './frames'
import { FLAT_UNDER_SEMITONES, MAP_PAUSE_MS, MAX_MARKS } from './limits'

export { FLAT_UNDER_SEMITONES }

import { normalizeSpeech, pausesBetween, type Span, silenceThresholdDb, speechFromLoudness } from './segments'

/** A peak must rise this much (dB) over the dip before it to be a new syllable (de Jong & Wempe 2009). */
const MIN_DIP_DB = 2
/**
 * Syllables per word in ordinary speech, low and high, giving the estimated words-per-minute range:
 * about 1.5 in French and 1.4 in English conversation, with room either side.
 */
const SYLLABLES_PER_WORD = { low: 1.35, high: 1.65 } as const

/** A phrase fades when its last quarter is this much (dB) quieter than the rest. */
export const FADING_DROP_DB = 6
/** A probable filled pause: one voiced stretch this long… */
const FILLER_MIN_MS = 250
const FILLER_MAX_MS = 2000
/** …whose pitch moves less than this (standard deviation, semitones)… */
const FILLER_PITCH_SPREAD = 0.5
/** …and whose loudness stays within this (dB, 10th to 90th percentile). */
const FILLER_LOUDNESS_SPREAD_DB = 6

export type PitchVerdict = 'flat' | 'varied'
export type DeliveryMark = { startMs: number; durationMs: number }

export type DeliveryFigures = {
  /** Where speech and silence came from: the voice-activity detector, or loudness as the fallback. */
  source: 'vad' | 'loudness'
  durationMs: number
  /** Time from the first word to the last one. */
  speakingMs: number
  pauses: DeliveryMark[]
  syllables: number
  /** Syllables per second over the speaking time, pauses included. */
  syllablesPerSecond: number | null
  /** Estimated words per minute, low and high. */
  wpmLow: number | null
  wpmHigh: number | null
  pitchMedianHz: number | null
  /** Spread of the pitch from its 5th to 95th percentile, in semitones. */
  pitchRangeSemitones: number | null
  /** Standard deviation of the pitch, in semitones. */
  pitchVariationSemitones: number | null
  pitchVerdict: PitchVerdict | null
  phrases: number
  fadingPhrases: number
  probableFillers: DeliveryMark[]
}

const round1 = (n: number) => Math.round(n * 10) / 10
const semitones = (hz: number, reference: number) => 12 * Math.log2(hz / reference)

/** Syllable nuclei (frame indexes): voiced intensity peaks inside speech, each after a dip of 2 dB. */
export function syllableNuclei(frames: Frames, speech: readonly Span[]): number[] {
  const { intensityDb, pitchHz } = frames
  const inSpeech = new Uint8Array(intensityDb.length)
  for (const span of speech) {
    inSpeech.fill(1, Math.floor(span.startMs / HOP_MS), Math.ceil(span.endMs / HOP_MS))
  }
  const speechDb: number[] = []
  for (let f = 0; f < intensityDb.length; f++) if (inSpeech[f]) speechDb.push(intensityDb[f] as number)
  // Peaks under the median loudness of speech are consonants or noise, not vowels.
  const threshold = Math.max(quantile(speechDb, 0.5), silenceThresholdDb(intensityDb))
  const peaks: number[] = []
  for (let f = 1; f < intensityDb.length - 1; f++) {
    const db = intensityDb[f] as number
    if (!inSpeech[f] || db < threshold) continue
    if (db > (intensityDb[f - 1] as number) && db >= (intensityDb[f + 1] as number)) peaks.push(f)
  }
  const nuclei: number[] = []
  let previous: number | undefined
  for (const peak of peaks) {
    if (previous !== undefined) {
      let dip = Number.POSITIVE_INFINITY
      for (let f = previous; f <= peak; f++) dip = Math.min(dip, intensityDb[f] as number)
      const rise = (intensityDb[peak] as number) - dip
      const fall = (intensityDb[previous] as number) - dip
      if (rise < MIN_DIP_DB || fall < MIN_DIP_DB) {
        // The same syllable: keep the louder of the two peaks.
        if ((intensityDb[peak] as number) > (intensityDb[previous] as number)) {
          if (nuclei[nuclei.length - 1] === previous) nuclei[nuclei.length - 1] = peak
          previous = peak
        }
        continue
      }
    }
    previous = peak
    nuclei.push(peak)
  }
  // A vowel is voiced: keep the peaks with a pitch within 20 ms.
  return nuclei.filter((f) => [-2, -1, 0, 1, 2].some((k) => (pitchHz[f + k] ?? 0) > 0))
}

/** Stretches of uninterrupted voicing, as [start, end) frame indexes. */
function voicedRuns(pitchHz: Float32Array): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let start = -1
  for (let f = 0; f <= pitchHz.length; f++) {
    const voiced = f < pitchHz.length && (pitchHz[f] as number) > 0
    if (voiced && start < 0) start = f
    if (!voiced && start >= 0) {
      out.push({ start, end: f })
      start = -1
    }
  }
  return out
}

/**
 * Probable filled pauses ("euh", "um"): one voiced stretch of a quarter second to two seconds, holding a
 * single syllable, whose pitch and loudness hardly move. Said plainly in words, a held vowel is also
 * like this, so these stay *probable*: the person confirms or dismisses them.
 */
export function probableFillers(frames: Frames, nuclei: readonly number[]): DeliveryMark[] {
  const out: DeliveryMark[] = []
  for (const run of voicedRuns(frames.pitchHz)) {
    const ms = (run.end - run.start) * HOP_MS
    if (ms < FILLER_MIN_MS || ms > FILLER_MAX_MS) continue
    const inside = nuclei.filter((f) => f >= run.start && f < run.end).length
    if (inside > 1) continue
    const pitches = Array.from(frames.pitchHz.subarray(run.start, run.end))
    const reference = quantile(pitches, 0.5)
    const spread = standardDeviation(pitches.map((hz) => semitones(hz, reference)))
    if (spread > FILLER_PITCH_SPREAD) continue
    const loudness = frames.intensityDb.subarray(run.start, run.end)
    if (quantile(loudness, 0.9) - quantile(loudness, 0.1) > FILLER_LOUDNESS_SPREAD_DB) continue
    out.push({ startMs: run.start * HOP_MS, durationMs: ms })
  }
  return out
}

/** How many phrases (speech between pauses, 0.8 s or longer) end clearly quieter than they ran. */
export function fadingEnds(frames: Frames, speech: readonly Span[]): { phrases: number; fading: number } {
  let phrases = 0
  let fading = 0
  for (const span of speech) {
    const start = Math.floor(span.startMs / HOP_MS)
    const end = Math.ceil(span.endMs / HOP_MS)
    if ((end - start) * HOP_MS < 800) continue
    const cut = start + Math.floor((end - start) * 0.75)
    const loudPart = Array.from(frames.intensityDb.subarray(start, cut)).filter((db) => db > FLOOR_DB)
    const lastPart = Array.from(frames.intensityDb.subarray(cut, end)).filter((db) => db > FLOOR_DB)
    if (loudPart.length === 0 || lastPart.length === 0) continue
    phrases++
    // Upper quartiles: the vowels, not the gaps between words.
    if (quantile(loudPart, 0.75) - quantile(lastPart, 0.75) >= FADING_DROP_DB) fading++
  }
  return { phrases, fading }
}

type PitchFigures = {
  median: number | null
  range: number | null
  variation: number | null
  verdict: PitchVerdict | null
}

function pitchFigures(frames: Frames, speech: readonly Span[]): PitchFigures {
  const voiced: number[] = []
  for (const span of speech) {
    const end = Math.min(frames.pitchHz.length, Math.ceil(span.endMs / HOP_MS))
    for (let f = Math.floor(span.startMs / HOP_MS); f < end; f++) {
      const hz = frames.pitchHz[f] as number
      if (hz > 0) voiced.push(hz)
    }
  }
  // Under a second of voicing says nothing reliable about a voice's melody.
  if (voiced.length < 100) return { median: null, range: null, variation: null, verdict: null }
  const median = quantile(voiced, 0.5)
  const tones = voiced.map((hz) => semitones(hz, median))
  const variation = standardDeviation(tones)
  return {
    median: Math.round(median),
    range: round1(quantile(tones, 0.95) - quantile(tones, 0.05)),
    variation: round1(variation),
    verdict: variation < FLAT_UNDER_SEMITONES ? 'flat' : 'varied',
  }
}

/**
 * The delivery figures of a mono recording (samples between -1 and 1). `speech` is what a voice-activity
 * detector found, in milliseconds; without it, loudness decides. `frames`, when given, are these samples'
 * `analyzeFrames` computed elsewhere (the browser computes them beside the detector, in a worker).
 */
export function analyzeDelivery(
  samples: Float32Array,
  sampleRate: number,
  options: { speech?: readonly Span[]; frames?: Frames } = {},
): DeliveryFigures {
  const frames = options.frames ?? analyzeFrames(samples, sampleRate)
  const durationMs = Math.round((samples.length / sampleRate) * 1000)
  const speech = options.speech ? normalizeSpeech(options.speech) : speechFromLoudness(frames.intensityDb)
  const first = speech[0]
  const last = speech[speech.length - 1]
  const speakingMs = first && last ? last.endMs - first.startMs : 0
  const nuclei = syllableNuclei(frames, speech)
  const seconds = speakingMs / 1000
  const perSecond = seconds >= 1 && nuclei.length > 0 ? nuclei.length / seconds : null
  const pitch = pitchFigures(frames, speech)
  const phrases = fadingEnds(frames, speech)
  const mark = (span: Span): DeliveryMark => ({
    startMs: span.startMs,
    durationMs: span.endMs - span.startMs,
  })
  return {
    source: options.speech ? 'vad' : 'loudness',
    durationMs,
    speakingMs,
    pauses: pausesBetween(speech, MAP_PAUSE_MS).slice(0, MAX_MARKS).map(mark),
    syllables: nuclei.length,
    syllablesPerSecond: perSecond === null ? null : round1(perSecond),
    wpmLow: perSecond === null ? null : Math.round((perSecond * 60) / SYLLABLES_PER_WORD.high),
    wpmHigh: perSecond === null ? null : Math.round((perSecond * 60) / SYLLABLES_PER_WORD.low),
    pitchMedianHz: pitch.median,
    pitchRangeSemitones: pitch.range,
    pitchVariationSemitones: pitch.variation,
    pitchVerdict: pitch.verdict,
    phrases: phrases.phrases,
    fadingPhrases: phrases.fading,
    probableFillers: probableFillers(frames, nuclei).slice(0, MAX_MARKS),
  }
}
