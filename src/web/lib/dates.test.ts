import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  type DateStyle,
  formatDate,
  formatRelative,
  fromDateInputValue,
  fromDateTimeInputValue,
  loadIntlData,
  toDateInputValue,
  toDateTimeInputValue,
} from './dates'
import type { IntlDataRequest } from './intl-data'
import { numberFormat } from './numbers'

// The hooks read the interface language; these tests use the plain functions.
vi.mock('./use-language', () => ({ useLanguage: () => 'fr' }))

const PARIS = 'Europe/Paris'
// A Wednesday afternoon in Paris (UTC+1 in winter).
const MOMENT = '2026-11-25T13:30:00.000Z'

describe('dates written out for a person', () => {
  const cases: [DateStyle, string, string][] = [
    ['day', '25 novembre 2026', '25 November 2026'],
    ['shortDay', '25 nov. 2026', '25 Nov 2026'],
    ['dayMonth', '25 nov.', '25 Nov'],
    ['month', 'novembre 2026', 'November 2026'],
    ['shortMonth', 'nov. 2026', 'Nov 2026'],
    ['dateTime', '25 novembre 2026 à 14:30', '25 November 2026 at 14:30'],
    ['shortDateTime', '25 nov. 2026, 14:30', '25 Nov 2026, 14:30'],
    ['fullDateTime', 'mercredi 25 novembre 2026 à 14:30', 'Wednesday, 25 November 2026 at 14:30'],
  ]
  it.each(cases)('%s, in French and in English', (style, fr, en) => {
    expect(formatDate(MOMENT, 'fr', style, PARIS)).toBe(fr)
    expect(formatDate(MOMENT, 'en', style, PARIS)).toBe(en)
  })

  it('shows a moment in the time zone asked for', () => {
    expect(formatDate(MOMENT, 'en', 'dateTime', 'UTC')).toBe('25 November 2026 at 13:30')
    expect(formatDate(MOMENT, 'en', 'dateTime', 'America/New_York')).toBe('25 November 2026 at 08:30')
    expect(formatDate('2026-11-25T23:30:00.000Z', 'fr', 'day', PARIS)).toBe('26 novembre 2026')
  })

  it('keeps a calendar day the same day when shown in UTC', () => {
    expect(formatDate('2026-10-23', 'fr', 'day', 'UTC')).toBe('23 octobre 2026')
    expect(formatDate('2026-10-01', 'en', 'shortMonth', 'UTC')).toBe('Oct 2026')
  })

  it('accepts a Date, and writes nothing for what is not a date', () => {
    expect(formatDate(new Date(MOMENT), 'fr', 'shortDay', PARIS)).toBe('25 nov. 2026')
    expect(formatDate('not a date', 'fr')).toBe('')
    expect(formatDate(new Date(Number.NaN), 'en')).toBe('')
  })
})

describe('when a moment to come is', () => {
  const now = new Date('2026-11-25T09:00:00.000Z')
  const later = (ms: number) => new Date(now.getTime() + ms).toISOString()
  const HOUR = 3_600_000

  it('says minutes, hours, then calendar days, months and years', () => {
    expect(formatRelative(later(10 * 60_000), 'fr', now, PARIS)).toBe('dans 10 minutes')
    expect(formatRelative(later(20_000), 'en', now, PARIS)).toBe('in 1 minute')
    expect(formatRelative(later(3 * HOUR), 'en', now, PARIS)).toBe('in 3 hours')
    expect(formatRelative(later(24 * HOUR), 'fr', now, PARIS)).toBe('demain')
    expect(formatRelative(later(4 * 24 * HOUR), 'en', now, PARIS)).toBe('in 4 days')
    expect(formatRelative(later(90 * 24 * HOUR), 'en', now, PARIS)).toBe('in 3 months')
    expect(formatRelative(later(800 * 24 * HOUR), 'fr', now, PARIS)).toBe('dans 2 ans')
  })

  it('counts days in the time zone asked for: 23:30 in Paris is already tomorrow', () => {
    const evening = new Date('2026-11-25T20:00:00.000Z') // 21:00 in Paris, 15:00 in New York
    const soon = '2026-11-25T22:30:00.000Z' // 23:30 in Paris, 17:30 in New York
    const nextDay = '2026-11-26T00:30:00.000Z' // 01:30 in Paris, 19:30 in New York
    expect(formatRelative(soon, 'en', evening, PARIS)).toBe('in 3 hours')
    expect(formatRelative(nextDay, 'en', evening, PARIS)).toBe('tomorrow')
    expect(formatRelative(nextDay, 'en', evening, 'America/New_York')).toBe('in 5 hours')
  })

  it('is null for a moment already past, and for what is not a date', () => {
    expect(formatRelative(later(-1000), 'fr', now, PARIS)).toBeNull()
    expect(formatRelative('soon', 'fr', now, PARIS)).toBeNull()
  })
})

describe('form fields', () => {
  it('a date field gives that day at 9:00, and shows the day back', () => {
    const iso = fromDateInputValue('2026-03-05')
    expect(iso).not.toBeNull()
    expect(new Date(iso ?? '').getHours()).toBe(9)
    expect(toDateInputValue(iso)).toBe('2026-03-05')
    expect(fromDateInputValue('2026-03')).toBeNull()
    expect(toDateInputValue(null)).toBe('')
    expect(toDateInputValue('nonsense')).toBe('')
  })

  it('a date-and-time field round-trips a moment to the minute', () => {
    const value = toDateTimeInputValue(new Date(2026, 10, 25, 14, 30))
    expect(value).toBe('2026-11-25T14:30')
    expect(fromDateTimeInputValue(value)).toBe(new Date(2026, 10, 25, 14, 30).toISOString())
    expect(fromDateTimeInputValue('2026-11-25')).toBeNull()
  })
})

/** A worker that records what it is asked and answers or fails when told. */
class FakeWorker {
  posted: IntlDataRequest[] = []
  terminated = false
  private listeners = new Map<string, (() => void)[]>()
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }
  postMessage(message: IntlDataRequest) {
    this.posted.push(message)
  }
  terminate() {
    this.terminated = true
  }
  emit(type: 'message' | 'error') {
    for (const listener of this.listeners.get(type) ?? []) listener()
  }
}

describe('loadIntlData', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it("asks a worker for the page's formats, in the person's time zone, and ends it once they are made", () => {
    const worker = new FakeWorker()
    const dates = vi.spyOn(Intl, 'DateTimeFormat')
    loadIntlData('fr', 'America/Montreal', () => worker as unknown as Worker)
    const [request] = worker.posted
    expect(worker.posted).toHaveLength(1)
    expect(request?.numbers).toEqual(['fr-FR'])
    expect(request?.relative).toEqual(['fr-FR'])
    // Every style formatDate writes, and the days counted for "dans 3 jours", all in that time zone.
    expect(request?.dates).toContainEqual({
      locale: 'fr-FR',
      options: { dateStyle: 'long', timeZone: 'America/Montreal' },
    })
    expect(request?.dates).toContainEqual({
      locale: 'fr-FR',
      options: { dateStyle: 'full', timeStyle: 'short', timeZone: 'America/Montreal' },
    })
    expect(request?.dates).toContainEqual({
      locale: 'en-GB',
      options: { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'America/Montreal' },
    })
    expect(worker.terminated).toBe(false)
    worker.emit('message')
    expect(worker.terminated).toBe(true)
    // The page made no format of its own: the worker's thread paid for the data.
    expect(dates).not.toHaveBeenCalled()
  })

  it('makes the formats on the page, in a task of its own, when the worker fails', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const worker = new FakeWorker()
    loadIntlData('en', undefined, () => worker as unknown as Worker)
    worker.emit('error')
    expect(worker.terminated).toBe(true)
    vi.runAllTimers()
    const dates = vi.spyOn(Intl, 'DateTimeFormat')
    const numbers = vi.spyOn(Intl, 'NumberFormat')
    expect(formatDate('2026-10-23T12:00:00Z', 'en')).toBe('23 October 2026')
    expect(numberFormat('en').format(1500)).toBe('1,500')
    expect(dates).not.toHaveBeenCalled()
    expect(numbers).not.toHaveBeenCalled()
  })

  it('ends a worker that never answers', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const worker = new FakeWorker()
    loadIntlData('en', undefined, () => worker as unknown as Worker)
    vi.advanceTimersByTime(9_999)
    expect(worker.terminated).toBe(false)
    vi.advanceTimersByTime(1)
    expect(worker.terminated).toBe(true)
  })

  it('makes the formats on the page, in a task of its own, where no worker starts', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const early = vi.spyOn(Intl, 'DateTimeFormat')
    loadIntlData('en', 'Europe/London', () => {
      throw new Error('no workers here')
    })
    expect(early).not.toHaveBeenCalled()
    early.mockRestore()
    vi.runAllTimers()
    const dates = vi.spyOn(Intl, 'DateTimeFormat')
    expect(formatDate('2026-10-23T12:00:00Z', 'en', 'day', 'Europe/London')).toBe('23 October 2026')
    expect(dates).not.toHaveBeenCalled()
  })
})
