import { describe, expect, it } from 'vitest'
import { MARKERS, plottedKey, roundScale, spreadShared } from './chart-series'

describe('lines that share a value stay apart', () => {
  it('nudges equal values apart around the true value, and leaves the others exact', () => {
    const { rows, shared } = spreadShared(
      [
        { x: 'a', serenity: 3, confidence: 3, ease: 4 },
        { x: 'b', serenity: 2, confidence: 3, ease: null },
      ],
      ['serenity', 'confidence', 'ease'],
      0.1,
    )
    expect(shared).toBe(true)
    expect(rows[0]?.[plottedKey('serenity')]).toBeCloseTo(2.95)
    expect(rows[0]?.[plottedKey('confidence')]).toBeCloseTo(3.05)
    expect(rows[0]?.[plottedKey('ease')]).toBe(4)
    expect(rows[1]).toMatchObject({
      [plottedKey('serenity')]: 2,
      [plottedKey('confidence')]: 3,
      [plottedKey('ease')]: null,
    })
    // The true values stay for the tooltip.
    expect(rows[0]).toMatchObject({ serenity: 3, confidence: 3 })
  })

  it('four equal ratings spread symmetrically; different values are not shared', () => {
    const four = spreadShared([{ a: 5, b: 5, c: 5, d: 5 }], ['a', 'b', 'c', 'd'], 0.08).rows[0]
    const drawn = ['a', 'b', 'c', 'd'].map((k) => four?.[plottedKey(k)] as number)
    expect(new Set(drawn).size).toBe(4)
    expect(drawn.reduce((s, v) => s + v, 0) / 4).toBeCloseTo(5)
    expect(spreadShared([{ a: 1, b: 2 }], ['a', 'b'], 0.08).shared).toBe(false)
  })

  it('gives each line series its own point shape', () => {
    expect(new Set(MARKERS).size).toBe(MARKERS.length)
    expect(MARKERS.length).toBeGreaterThanOrEqual(4)
  })
})

describe('a value scale counts in round steps', () => {
  it('keeps the least top when the values stay under it', () => {
    expect(roundScale([150, null, 180], 200)).toEqual({ top: 200, ticks: [0, 50, 100, 150, 200] })
    expect(roundScale([0.4], 2)).toEqual({ top: 2, ticks: [0, 1, 2] })
    expect(roundScale([], 4)).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] })
  })

  it('goes past it in whole steps, never writing a tick the axis has no room for', () => {
    // A fast speaker's 210 words a minute: not 0, 62.5, 125, 187.5, 250.
    expect(roundScale([210, 160], 200)).toEqual({ top: 300, ticks: [0, 100, 200, 300] })
    expect(roundScale([5.2, 1], 2)).toEqual({ top: 6, ticks: [0, 2, 4, 6] })
    expect(roundScale([4.5], 4)).toEqual({ top: 6, ticks: [0, 2, 4, 6] })
    for (const highest of [3, 7, 13, 99, 260, 999, 4321]) {
      const { top, ticks } = roundScale([highest], 1)
      expect(top).toBeGreaterThanOrEqual(highest)
      expect(ticks.at(-1)).toBe(top)
      expect(ticks.every(Number.isInteger)).toBe(true)
      expect(ticks.length).toBeLessThanOrEqual(5)
    }
  })
})
