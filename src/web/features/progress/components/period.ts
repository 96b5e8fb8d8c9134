import type { Period } from '../api/get-progress'

export const PRESETS = ['all', '3m', '12m', 'custom'] as const
export type Preset = (typeof PRESETS)[number]

const isPreset = (value: string | null): value is Preset =>
  (PRESETS as readonly string[]).includes(value ?? '')

/** Today as the server counts days (UTC), "YYYY-MM-DD". */
export const todayDay = (now = new Date()): string => now.toISOString().slice(0, 10)

/** The same day `months` months earlier, clamped to the month's length (31 May - 3 months = 28 Feb). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(y, m - 1 - months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, lastDay))
  return target.toISOString().slice(0, 10)
}

export type PeriodChoice = { preset: Preset; period: Period }

/**
 * The period in the address: `?period=3m` or `?period=12m` for the last months, `?from=&to=` for
 * one of the person's own, nothing for all time. The address can be shared with the report page.
 */
export function periodFromSearch(params: URLSearchParams, now = new Date()): PeriodChoice {
  const from = params.get('from') || undefined
  const to = params.get('to') || undefined
  if (from || to) return { preset: 'custom', period: { from, to } }
  const preset = params.get('period')
  if (isPreset(preset) && preset !== 'all' && preset !== 'custom') {
    return { preset, period: { from: monthsBefore(todayDay(now), preset === '3m' ? 3 : 12) } }
  }
  return { preset: 'all', period: {} }
}

/** The search string for a period, as the report page reads it ("" for all time). */
export function periodSearch(period: Period): string {
  const search = new URLSearchParams()
  if (period.from) search.set('from', period.from)
  if (period.to) search.set('to', period.to)
  const text = search.toString()
  return text === '' ? '' : `?${text}`
}
