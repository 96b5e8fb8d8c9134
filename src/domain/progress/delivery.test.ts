import { describe, expect, it } from 'vitest'
import type { DeliveryFacts } from '../voice/summary'
import { type DeliveryRecording, deliveryTrend } from './delivery'

const facts = (over: Partial<DeliveryFacts> = {}): DeliveryFacts => ({
  speakingMs: 60_000,
  pauses: [],
  wpmLow: 120,
  wpmHigh: 140,
  pitchVariationSemitones: 2,
  probableFillers: [],
  ...over,
})
const at = (
  at: string,
  delivery: DeliveryFacts,
  from: 'rehearsal' | 'mock' = 'rehearsal',
): DeliveryRecording => ({
  at,
  from,
  delivery,
})

describe('deliveryTrend', () => {
  it('is empty, honestly, without a recording', () => {
    expect(deliveryTrend([])).toEqual({ recordings: 0, fromMock: 0, weeks: [], overall: null })
  })

  it('takes each week’s recordings together, weeks with none left out, oldest first', () => {
    const trend = deliveryTrend([
      // Monday 16 and Sunday 22 November 2026 are the same week.
      at('2026-11-22T20:00:00.000Z', facts({ wpmLow: 160, wpmHigh: 180, pauses: [{ durationMs: 2500 }] })),
      at('2026-11-16T08:00:00.000Z', facts({ wpmLow: 100, wpmHigh: 120 }), 'mock'),
      // Nothing the week of the 23rd.
      at('2026-12-01T10:00:00.000Z', facts({ pitchVariationSemitones: 3.5, pauses: [{ durationMs: 2000 }] })),
    ])
    expect(trend.recordings).toBe(3)
    expect(trend.fromMock).toBe(1)
    expect(trend.weeks).toEqual([
      {
        week: '2026-11-16',
        recordings: 2,
        wpmLow: 130,
        wpmHigh: 150,
        longPausesPerMinute: 0.5,
        pitchVariationSemitones: 2,
      },
      {
        week: '2026-11-30',
        recordings: 1,
        wpmLow: 120,
        wpmHigh: 140,
        longPausesPerMinute: 1,
        pitchVariationSemitones: 3.5,
      },
    ])
    expect(trend.overall).toMatchObject({ recordings: 3, longPauses: 2, wpmLow: 127, wpmHigh: 147 })
  })

  it('leaves out a recording without speech in it', () => {
    const trend = deliveryTrend([at('2026-12-01T10:00:00.000Z', facts({ speakingMs: 0 }))])
    expect(trend).toEqual({ recordings: 0, fromMock: 0, weeks: [], overall: null })
  })
})
