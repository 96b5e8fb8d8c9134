/**
 * Calendar helpers for Progress, all in UTC: days ('YYYY-MM-DD'), months ('YYYY-MM'), ISO weeks
 * keyed by their Monday, and month names written as data so server and browsers agree.
 */
import type { Lang } from '../language'

const DAY_MS = 86_400_000

/** A day, or a date-time already in UTC: its day is its first ten characters (the common, fast case). */
const UTC_ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z)?$/

/** The UTC day ('YYYY-MM-DD') of an ISO 8601 date or date-time. */
export const dayOf = (iso: string): string =>
  UTC_ISO.test(iso) ? iso.slice(0, 10) : new Date(iso).toISOString().slice(0, 10)

/** The UTC month ('YYYY-MM') of an ISO 8601 date or date-time. */
export const monthOf = (iso: string): string => dayOf(iso).slice(0, 7)

/** A half-open range of ISO timestamps: `from` included, `until` excluded; either may be open. */
export type TimeRange = { from?: string | undefined; until?: string | undefined }

/**
 * The moments a period of whole UTC days covers, both days included ('YYYY-MM-DD'). Nothing after
 * `now` counts (a planned interview has not happened yet); what happened at `now` itself does.
 */
export function periodRange(
  period: { from?: string | undefined; to?: string | undefined },
  now: Date,
): TimeRange {
  const untilNow = new Date(now.getTime() + 1).toISOString()
  const dayAfterTo = period.to
    ? new Date(Date.parse(`${period.to}T00:00:00.000Z`) + DAY_MS).toISOString()
    : undefined
  return {
    from: period.from ? `${period.from}T00:00:00.000Z` : undefined,
    until: dayAfterTo && dayAfterTo < untilNow ? dayAfterTo : untilNow,
  }
}

/** The Monday ('YYYY-MM-DD') of the ISO week holding a day. */
export function weekOf(day: string): string {
  const date = new Date(dayOf(day))
  const sinceMonday = (date.getUTCDay() + 6) % 7
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10)
}

/** Every month from `first` to `last` ('YYYY-MM'), both included; empty when `first` is later. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = []
  let year = Number(first.slice(0, 4))
  let month = Number(first.slice(5, 7))
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
    if (key > last) return months
    months.push(key)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
}

/** Every ISO week's Monday from the week of `first` to the week of `last`, both included. */
export function weekRange(first: string, last: string): string[] {
  const weeks: string[] = []
  const end = new Date(weekOf(last)).getTime()
  for (let t = new Date(weekOf(first)).getTime(); t <= end; t += 7 * DAY_MS)
    weeks.push(new Date(t).toISOString().slice(0, 10))
  return weeks
}

// Made at the first label, not at import: a date format loads ICU's locale and zone data, about 8 MiB of memory
// a server that has not been asked for a month label yet does not need (issue 13).
const monthFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {}

/** "mars 2026" or "March 2026" for '2026-03'. */
export function monthLabel(month: string, lang: Lang): string {
  monthFormats[lang] ??= new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  return monthFormats[lang].format(new Date(`${month}-01T00:00:00.000Z`))
}
