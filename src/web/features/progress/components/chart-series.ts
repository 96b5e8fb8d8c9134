/** What the page tells the charts (types and constants only: importing this loads no chart code). */

/** Line patterns, so series differ by more than colour. */
export const DASHES = ['', '7 4', '2 4', '10 4 2 4', '4 2'] as const

/** Point shapes, one per line series, so two series at the same value still tell apart. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const
export type Marker = (typeof MARKERS)[number]

/** The "soft" colour, for what is left (open actions, other causes). */
export const SOFT = 9

export type LineSeries = { key: string; name: string; series: number }
export type BarSeries = { key: string; name: string; series: number }
export type LegendItem = { name: string; series: number; kind: 'line' | 'box' }

/** The field a line is drawn from when its values may be nudged apart (see `spreadShared`). */
export const plottedKey = (key: string) => `${key}__plotted`

type Row = Record<string, string | number | null>

/**
 * Where two or more lines have the same value at a point, nudges them apart by `step` (in the
 * chart's units), centred on the true value, so no line hides another; elsewhere they are drawn
 * exactly. The true values stay in the row for tooltips and tables. Returns the rows with a
 * `plottedKey` for each line, and whether any point was shared.
 */
export function spreadShared(
  rows: readonly Row[],
  keys: readonly string[],
  step: number,
): { rows: Row[]; shared: boolean } {
  let shared = false
  const spread = rows.map((row) => {
    const next: Row = { ...row }
    const byValue = new Map<number, string[]>()
    for (const key of keys) {
      const value = row[key]
      next[plottedKey(key)] = typeof value === 'number' ? value : null
      if (typeof value === 'number') byValue.set(value, [...(byValue.get(value) ?? []), key])
    }
    for (const [value, group] of byValue) {
      if (group.length < 2) continue
      shared = true
      group.forEach((key, index) => {
        next[plottedKey(key)] = value + (index - (group.length - 1) / 2) * step
      })
    }
    return next
  })
  return { rows: spread, shared }
}

/** The steps a value scale may count in: each tick a round number a person reads at a glance. */
const SCALE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000] as const

/**
 * A value scale from 0 over `values`, never under `least`: at most four steps of a round size, so that every tick
 * is a whole, short number (0, 100, 200, 300, not 62.5 and 187.5, which the axis had no room to write).
 */
export function roundScale(
  values: readonly (number | null)[],
  least: number,
): { top: number; ticks: number[] } {
  const highest = Math.max(least, ...values.map((value) => value ?? 0))
  const step = SCALE_STEPS.find((size) => Math.ceil(highest / size) <= 4) ?? Math.ceil(highest / 4)
  const top = Math.ceil(highest / step) * step
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, index) => index * step) }
}
