/** What the page tells the charts (types and constants only: importing this loads no chart code). */

/** Line patterns, so series differ by more than colour. */
export const DASHES = ['', '7 4', '2 4', '10 4 2 4', '4 2'] as const

/** The "soft" colour, for what is left (open actions, other causes). */
export const SOFT = 9

export type LineSeries = { key: string; name: string; series: number }
export type BarSeries = { key: string; name: string; series: number }
export type LegendItem = { name: string; series: number; kind: 'line' | 'box' }
