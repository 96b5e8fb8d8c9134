import { useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { User } from '../../shared/schemas/auth'
import type { Language } from '../../shared/schemas/common'
import type { IntlDataRequest } from './intl-data'
import { intlLocale } from './intl-locale'
import { numberFormat } from './numbers'
import { meQuery } from './session/get-me'
import { useLanguage } from './use-language'

/**
 * Every date and time the web app shows, written out in the interface language.
 *
 * A moment (an ISO 8601 instant) is shown in a time zone: the browser's by default; pass
 * `timeZone` (an IANA name such as "Europe/Paris") to show it in another, e.g. the person's own
 * once the account holds one. A calendar day ("2026-10-23", as the server counts days) is
 * shown with `timeZone: 'UTC'`, so that it stays that day wherever the browser is.
 */

export type DateStyle =
  /** "25 novembre 2026" */
  | 'day'
  /** "25 nov. 2026" */
  | 'shortDay'
  /** "25 nov." */
  | 'dayMonth'
  /** "novembre 2026" */
  | 'month'
  /** "nov. 2026" */
  | 'shortMonth'
  /** "25 novembre 2026 à 14:30" */
  | 'dateTime'
  /** "25 nov. 2026, 14:30" */
  | 'shortDateTime'
  /** "mercredi 25 novembre 2026 à 14:30" */
  | 'fullDateTime'

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'long' },
  shortDay: { dateStyle: 'medium' },
  dayMonth: { day: 'numeric', month: 'short' },
  month: { month: 'long', year: 'numeric' },
  shortMonth: { month: 'short', year: 'numeric' },
  dateTime: { dateStyle: 'long', timeStyle: 'short' },
  shortDateTime: { dateStyle: 'medium', timeStyle: 'short' },
  fullDateTime: { dateStyle: 'full', timeStyle: 'short' },
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(language: Language, options: Intl.DateTimeFormatOptions, timeZone?: string) {
  const key = `${language}|${JSON.stringify(options)}|${timeZone ?? ''}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(language), timeZone ? { ...options, timeZone } : options)
    formatters.set(key, found)
  }
  return found
}

function toDate(value: string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value
  return Number.isNaN(date.getTime()) ? null : date
}

/** A date written out for a person; '' when the value is not a date. */
export function formatDate(
  value: string | Date,
  language: Language,
  style: DateStyle = 'day',
  timeZone?: string,
): string {
  const date = toDate(value)
  return date ? formatter(language, STYLES[style], timeZone).format(date) : ''
}

const DAY_PARTS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' }

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** The number of the calendar day a moment falls on, in a time zone (to count days between). */
function dayNumber(date: Date, timeZone?: string): number {
  const parts = formatter('en', DAY_PARTS, timeZone).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value)
  return Math.round(Date.UTC(part('year'), part('month') - 1, part('day')) / DAY)
}

/**
 * When a moment to come is, said as a person would: "dans 10 minutes", "demain", "dans 4 jours".
 * Null when it is not a date or already past.
 */
const relativeFormats = new Map<Language, Intl.RelativeTimeFormat>()

/** "dans 3 jours": one per language, made once, as the date formats. */
function relativeFormat(language: Language): Intl.RelativeTimeFormat {
  let found = relativeFormats.get(language)
  if (!found) {
    found = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' })
    relativeFormats.set(language, found)
  }
  return found
}

export function formatRelative(
  value: string | Date,
  language: Language,
  now: Date = new Date(),
  timeZone?: string,
): string | null {
  const date = toDate(value)
  if (!date) return null
  const diff = date.getTime() - now.getTime()
  if (diff <= 0) return null
  const rtf = relativeFormat(language)
  if (diff < HOUR) return rtf.format(Math.max(1, Math.round(diff / MINUTE)), 'minute')
  const days = dayNumber(date, timeZone) - dayNumber(now, timeZone)
  if (days === 0) return rtf.format(Math.round(diff / HOUR), 'hour')
  if (days < 31) return rtf.format(days, 'day')
  if (days < 365) return rtf.format(Math.round(days / 30), 'month')
  return rtf.format(Math.round(days / 365), 'year')
}

/** The browser's own IANA time zone (what a new account starts with); undefined if it has none. */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined
  } catch {
    return undefined
  }
}

/**
 * The time zone moments are shown in: the signed-in person's (Account), so that the screen, the
 * exports and the reminders agree; the browser's when nobody is signed in. It watches the session
 * query the app shell already holds (`lib/session/get-me.ts`) and never sends it itself.
 */
export function useTimeZone(): string | undefined {
  // Disabled, it never sends the request itself; with the query's own options, a refetch
  // started while it is the only reader still knows how to ask (no "No queryFn" error).
  const { data } = useQuery({ ...meQuery, enabled: false, select: (user: User | null) => user?.timeZone })
  return data
}

/** `formatDate` in the interface language, for components. */
export function useFormatDate() {
  const language = useLanguage()
  const timeZone = useTimeZone()
  return useCallback(
    (value: string | Date, style: DateStyle = 'day') => formatDate(value, language, style, timeZone),
    [language, timeZone],
  )
}

/** `formatRelative` in the interface language, for components. */
export function useFormatRelative() {
  const language = useLanguage()
  const timeZone = useTimeZone()
  return useCallback(
    (value: string | Date, now?: Date) => formatRelative(value, language, now, timeZone),
    [language, timeZone],
  )
}

// ---------- form fields (in the browser's time zone, as the browser's inputs are) ----------

const pad = (n: number) => String(n).padStart(2, '0')

/** The value of an <input type="date"> (YYYY-MM-DD) for a moment; '' for none. */
export function toDateInputValue(value: string | null): string {
  const date = value ? toDate(value) : null
  if (!date) return ''
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The moment for an <input type="date"> value: that day at 9:00. Null while incomplete. */
export function fromDateInputValue(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return null
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 9, 0, 0)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The value of an <input type="datetime-local"> for a moment. */
export function toDateTimeInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** An <input type="datetime-local"> value as an ISO 8601 instant (UTC); null while incomplete. */
export function fromDateTimeInputValue(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The formats a page makes first (in `timeZone`, when the caller knows one): those the worker makes before it. */
function intlDataRequest(language: Language, timeZone: string | undefined): IntlDataRequest {
  const locale = intlLocale(language)
  const zoned = (options: Intl.DateTimeFormatOptions) => (timeZone ? { ...options, timeZone } : options)
  return {
    dates: [
      ...Object.values(STYLES).map((options) => ({ locale, options: zoned(options) })),
      { locale: intlLocale('en'), options: zoned(DAY_PARTS) },
    ],
    numbers: [locale],
    relative: [locale],
  }
}

export type StartWorker = () => Worker

const startIntlDataWorker: StartWorker = () =>
  new Worker(new URL('./intl-data.worker.ts', import.meta.url), { type: 'module', name: 'intl-data' })

/** A worker, or none where the browser has none or refuses this one. */
function startedWorker(start: StartWorker | null): Worker | undefined {
  try {
    return start?.()
  } catch {
    return undefined
  }
}

/** How long a worker that neither answers nor fails is kept before it is ended. */
const WORKER_PATIENCE_MS = 10_000

/**
 * Has the browser load a language's date and number data now, off the page's thread where it can.
 * Chromium loads it with the first `Intl.DateTimeFormat` or `Intl.NumberFormat` (30 to 70 ms on a slow machine, four
 * times that on a slow phone) and keeps it for the whole process: a worker makes the page's formats once and is
 * ended, and the page's own first formats then cost under a millisecond. Where no worker starts or it fails, the page
 * makes them itself in a task of its own, not inside a page's first render. main.tsx calls it first as the app
 * starts, in the interface language and the browser's time zone, before the session and the first page are asked.
 */
export function loadIntlData(
  language: Language,
  timeZone?: string,
  startWorker: StartWorker | null = typeof Worker === 'function' ? startIntlDataWorker : null,
): void {
  const onThePage = () =>
    setTimeout(() => {
      formatDate(new Date(0), language, 'day', timeZone)
      numberFormat(language).format(0)
    })
  const worker = startedWorker(startWorker)
  if (!worker) {
    onThePage()
    return
  }
  let ended = false
  const end = (failed: boolean) => {
    if (ended) return
    ended = true
    clearTimeout(patience)
    worker.terminate()
    if (failed) onThePage()
  }
  const patience = setTimeout(() => end(false), WORKER_PATIENCE_MS)
  worker.addEventListener('message', () => end(false))
  worker.addEventListener('error', () => end(true))
  worker.addEventListener('messageerror', () => end(true))
  worker.postMessage(intlDataRequest(language, timeZone))
}
