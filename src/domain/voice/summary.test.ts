import { describe, expect, it } from 'vitest'
import { type DeliveryFacts, summarizeDeliveries } from './summary'

const recording = (over: Partial<DeliveryFacts> = {}): DeliveryFacts => ({
  speakingMs: 60_000,
  pauses: [],
  wpmLow: 130,
  wpmHigh: 150,
  pitchVariationSemitones: 3,
  probableFillers: [],
  ...over,
})

describe('summarizeDeliveries', () => {
  it('has nothing to say without a recording with speech in it', () => {
    expect(summarizeDeliveries([])).toBeNull()
    expect(summarizeDeliveries([recording({ speakingMs: 0 })])).toBeNull()
  })

  it('weights pace and pitch by speaking time', () => {
    const summary = summarizeDeliveries([
      recording({ speakingMs: 90_000, wpmLow: 100, wpmHigh: 120, pitchVariationSemitones: 1 }),
      recording({ speakingMs: 30_000, wpmLow: 180, wpmHigh: 200, pitchVariationSemitones: 5 }),
    ])
    expect(summary).toMatchObject({
      recordings: 2,
      speakingMs: 120_000,
      wpmLow: 120,
      wpmHigh: 140,
      paceVerdict: 'comfortable',
      pitchVariationSemitones: 2,
      pitchVerdict: 'varied',
    })
  })

  it('leaves out a recording without the figure rather than counting it as zero', () => {
    const summary = summarizeDeliveries([
      recording({ wpmLow: null, wpmHigh: null, pitchVariationSemitones: null }),
      recording({ wpmLow: 90, wpmHigh: 100, pitchVariationSemitones: 1.2 }),
    ])
    expect(summary).toMatchObject({ wpmLow: 90, wpmHigh: 100, paceVerdict: 'slow', pitchVerdict: 'flat' })
    expect(
      summarizeDeliveries([recording({ wpmLow: null, wpmHigh: null, pitchVariationSemitones: null })]),
    ).toMatchObject({ wpmLow: null, wpmHigh: null, paceVerdict: null, pitchVerdict: null })
  })

  it('counts long pauses (two seconds or more) per minute of speech', () => {
    const summary = summarizeDeliveries([
      recording({
        speakingMs: 120_000,
        pauses: [{ durationMs: 600 }, { durationMs: 2000 }, { durationMs: 3500 }, { durationMs: 1999 }],
      }),
      recording({ speakingMs: 60_000, pauses: [{ durationMs: 2400 }] }),
    ])
    expect(summary).toMatchObject({ longPauses: 3, longPausesPerMinute: 1 })
  })

  it('gives no rate per minute for a few seconds of speech', () => {
    expect(
      summarizeDeliveries([recording({ speakingMs: 5000, pauses: [{ durationMs: 2500 }] })]),
    ).toMatchObject({ longPauses: 1, longPausesPerMinute: null })
  })

  it('counts confirmed and unreviewed fillers, never dismissed ones', () => {
    const summary = summarizeDeliveries([
      recording({ probableFillers: [{ review: 'confirmed' }, { review: 'dismissed' }] }),
      recording({ probableFillers: [{ review: 'probable' }, { review: 'confirmed' }] }),
    ])
    expect(summary).toMatchObject({ fillersConfirmed: 2, fillersOpen: 1 })
  })
})
