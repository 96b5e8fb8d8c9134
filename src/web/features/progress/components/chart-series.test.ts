import { describe, expect, it } from 'vitest'
import { MARKERS, plottedKey, spreadShared } from './chart-series'

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
