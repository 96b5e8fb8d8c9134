/**
 * A person's time zone (an IANA name such as "Europe/Paris") and the few calculations the app
 * needs with it: the calendar day and clock time of a moment there, and the moment a local clock
 * time falls on. Pure: only the platform's Intl time-zone data, the same in Node and browsers.
 */

/** What an account that never said otherwise uses (the accounts made before time zones existed). */
export const DEFAULT_TIME_ZONE = 'Europe/Paris'

/** Region names ("Europe/Paris", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "UTC"); never a bare offset. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/
export const TIME_ZONE_MAX_LENGTH = 64

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone)
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, found)
  }
  return found
}

/**
 * The zone's name with the platform's capitals ("europe/paris" → "Europe/Paris"), or null when the
 * platform knows no such zone. Another name for the same zone ("America/Argentina/Buenos_Aires",
 * which ICU files under "America/Buenos_Aires") is kept as given: the person's list shows it so.
 */
export function canonicalTimeZone(name: string): string | null {
  if (name.length > TIME_ZONE_MAX_LENGTH || !ZONE_NAME.test(name)) return null
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone
    return resolved.toLowerCase() === name.toLowerCase() ? resolved : name
  } catch {
    return null
  }
}

export const isTimeZone = (name: string): boolean => canonicalTimeZone(name) !== null

export type LocalTime = { year: number; month: number; day: number; hour: number; minute: number }

/** The calendar day and clock time of a moment in a zone. */
export function localTime(at: Date, timeZone: string): LocalTime & { second: number } {
  const parts = partsFormatter(timeZone).formatToParts(at)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value)
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The calendar day ('YYYY-MM-DD') a moment falls on in a zone. */
export function localDay(at: Date, timeZone: string): string {
  const t = localTime(at, timeZone)
  return `${t.year}-${pad(t.month)}-${pad(t.day)}`
}

/** How far the zone's clock is ahead of UTC at a moment, in milliseconds. */
function offsetAt(at: number, timeZone: string): number {
  const t = localTime(new Date(at), timeZone)
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second)
  return asUtc - Math.floor(at / 1000) * 1000
}

/**
 * The moment a local clock time happens in a zone. A time skipped when clocks go forward is read
 * with the offset from before the change (02:30 on the spring night in Paris is 03:30 summer time);
 * a time that happens twice when they go back is its first occurrence.
 */
export function zonedTime(local: LocalTime, timeZone: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute)
  const before = offsetAt(wall - 86_400_000, timeZone)
  const after = offsetAt(wall + 86_400_000, timeZone)
  // Try both offsets seen around that day: the first that gives back the wall time wins.
  for (const offset of before === after ? [before] : [Math.max(before, after), Math.min(before, after)]) {
    const candidate = wall - offset
    if (offsetAt(candidate, timeZone) === offset) return new Date(candidate)
  }
  return new Date(wall - before)
}

/** The same local day in the zone, at another clock time. */
export function atLocalClock(at: Date, timeZone: string, hour: number, minute: number): Date {
  const t = localTime(at, timeZone)
  return zonedTime({ year: t.year, month: t.month, day: t.day, hour, minute }, timeZone)
}
