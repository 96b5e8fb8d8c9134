import { describe, expect, it } from 'vitest'
import { analyzeDelivery } from './delivery'
import { analyzeFrames } from './frames'
import { paceAgainstBand } from './pace'
import { normalizeSpeech, pausesBetween } from './segments'

const RATE = 8000

/** A voiced syllable train: a 120 Hz buzz whose loudness rises and falls `perSecond` times a second. */
function syllables(seconds: number, perSecond: number, glide = 0): Float32Array {
  const out = new Float32Array(Math.round(seconds * RATE))
  let phase = 0
  for (let i = 0; i < out.length; i++) {
    const t = i / RATE
    const hz = 120 * 2 ** ((glide * Math.sin(2 * Math.PI * 0.7 * t)) / 12)
    phase += hz / RATE
    const buzz = (phase % 1) * 2 - 1
    const envelope = 0.15 + 0.85 * Math.sin(Math.PI * perSecond * t) ** 2
    out[i] = 0.3 * envelope * buzz
  }
  return out
}

function join(...parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
const silence = (seconds: number) => new Float32Array(Math.round(seconds * RATE))

describe('delivery figures from the recording alone', () => {
  it('gives the same figures from frames computed beforehand (elsewhere) as from the samples', () => {
    const audio = join(silence(0.5), syllables(2, 4, 3), silence(1.2), syllables(2, 4), silence(0.7))
    const speech = [
      { startMs: 500, endMs: 2500 },
      { startMs: 3700, endMs: 5700 },
    ]
    const frames = analyzeFrames(audio, RATE)
    expect(analyzeDelivery(audio, RATE, { speech, frames })).toEqual(analyzeDelivery(audio, RATE, { speech }))
    // The frames given are the ones used: none voiced, no pitch and no syllable.
    const unvoiced = { intensityDb: frames.intensityDb, pitchHz: new Float32Array(frames.pitchHz.length) }
    const figures = analyzeDelivery(audio, RATE, { speech, frames: unvoiced })
    expect(figures.pitchMedianHz).toBeNull()
    expect(figures.syllables).toBe(0)
  })

  it('finds a pause between two stretches of speech and none before or after', () => {
    const audio = join(silence(0.5), syllables(2, 4), silence(1.2), syllables(2, 4), silence(0.7))
    const figures = analyzeDelivery(audio, RATE)
    expect(figures.source).toBe('loudness')
    expect(figures.pauses).toHaveLength(1)
    expect(Math.abs((figures.pauses[0]?.startMs ?? 0) - 2500)).toBeLessThanOrEqual(60)
    expect(Math.abs((figures.pauses[0]?.durationMs ?? 0) - 1200)).toBeLessThanOrEqual(120)
    expect(Math.abs(figures.speakingMs - 5200)).toBeLessThanOrEqual(120)
  })

  it('counts one syllable per loudness peak, so a faster train reads faster', () => {
    const slow = analyzeDelivery(syllables(4, 3), RATE)
    const fast = analyzeDelivery(syllables(4, 6), RATE)
    expect(slow.syllablesPerSecond).toBeCloseTo(3, 0)
    expect(fast.syllablesPerSecond).toBeCloseTo(6, 0)
    expect(slow.wpmLow).toBeLessThan(slow.wpmHigh ?? 0)
  })

  it('tells a flat voice from one whose pitch moves', () => {
    expect(analyzeDelivery(syllables(3, 4), RATE).pitchVerdict).toBe('flat')
    const lively = analyzeDelivery(syllables(3, 4, 5), RATE)
    expect(lively.pitchVerdict).toBe('varied')
    expect(lively.pitchRangeSemitones).toBeGreaterThan(5)
  })

  it('says nothing about pace or pitch for silence', () => {
    const figures = analyzeDelivery(silence(3), RATE)
    expect(figures.syllablesPerSecond).toBeNull()
    expect(figures.wpmLow).toBeNull()
    expect(figures.pitchVerdict).toBeNull()
    expect(figures.pauses).toEqual([])
  })

  it('uses the speech a voice-activity detector found instead of loudness', () => {
    const audio = join(syllables(2, 4), syllables(2, 4))
    const figures = analyzeDelivery(audio, RATE, {
      speech: [
        { startMs: 2600, endMs: 4000 },
        { startMs: 0, endMs: 1800 },
      ],
    })
    expect(figures.source).toBe('vad')
    expect(figures.pauses).toEqual([{ startMs: 1800, durationMs: 800 }])
  })

  it('fades: a phrase whose last quarter drops by 6 dB or more', () => {
    const phrase = syllables(2, 4)
    for (let i = Math.floor(phrase.length * 0.75); i < phrase.length; i++)
      phrase[i] = (phrase[i] as number) * 0.25
    const figures = analyzeDelivery(join(phrase, silence(0.8), syllables(2, 4)), RATE)
    expect(figures.phrases).toBe(2)
    expect(figures.fadingPhrases).toBe(1)
  })
})

describe('speech spans', () => {
  it('merges overlapping spans and closes gaps between words', () => {
    expect(
      normalizeSpeech([
        { startMs: 700, endMs: 900 },
        { startMs: 0, endMs: 300 },
        { startMs: 950, endMs: 1200 },
      ]),
    ).toEqual([
      { startMs: 0, endMs: 300 },
      { startMs: 700, endMs: 1200 },
    ])
    expect(
      pausesBetween(
        [
          { startMs: 0, endMs: 1000 },
          { startMs: 1400, endMs: 2000 },
        ],
        500,
      ),
    ).toEqual([])
  })
})

describe('pace against the comfortable band', () => {
  it('calls a range slow or fast only when it lies wholly outside the band', () => {
    expect(paceAgainstBand(80, 100)).toBe('slow')
    expect(paceAgainstBand(100, 130)).toBe('comfortable')
    expect(paceAgainstBand(170, 200)).toBe('fast')
  })
})
