import { describe, expect, it } from 'vitest'
import { dayOf, monthLabel, monthOf, monthRange, periodRange, weekOf, weekRange } from './calendar'

describe('calendar (UTC)', () => {
  it.each([
    { day: '2026-03-02', monday: '2026-03-02' },
    { day: '2026-03-08', monday: '2026-03-02' },
    { day: '2026-03-09', monday: '2026-03-09' },
    { day: '2026-01-01', monday: '2025-12-29' },
    { day: '2024-03-01', monday: '2024-02-26' },
    { day: '2026-05-10T23:30:00.000Z', monday: '2026-05-04' },
  ])('the ISO week of $day starts on $monday', ({ day, monday }) => {
    expect(weekOf(day)).toBe(monday)
  })

  it('reads days and months in UTC, whatever the offset written', () => {
    expect(dayOf('2026-03-31T23:30:00-02:00')).toBe('2026-04-01')
    expect(monthOf('2026-03-31T23:30:00-02:00')).toBe('2026-04')
  })

  it.each([
    { first: '2025-11', last: '2026-02', months: ['2025-11', '2025-12', '2026-01', '2026-02'] },
    { first: '2026-03', last: '2026-03', months: ['2026-03'] },
    { first: '2026-04', last: '2026-03', months: [] },
  ])('months from $first to $last', ({ first, last, months }) => {
    expect(monthRange(first, last)).toEqual(months)
  })

  it('lists every week between two days, across a year end', () => {
    expect(weekRange('2025-12-24', '2026-01-06')).toEqual(['2025-12-22', '2025-12-29', '2026-01-05'])
  })

  it.each([
    { month: '2026-03', fr: 'mars 2026', en: 'March 2026' },
    { month: '2025-08', fr: 'août 2025', en: 'August 2025' },
    { month: '2026-12', fr: 'décembre 2026', en: 'December 2026' },
  ])('names $month in both languages', ({ month, fr, en }) => {
    expect(monthLabel(month, 'fr')).toBe(fr)
    expect(monthLabel(month, 'en')).toBe(en)
  })
})

describe('periodRange', () => {
  const now = new Date('2026-06-30T09:00:00.000Z')
  it.each([
    [{}, { from: undefined, until: '2026-06-30T09:00:00.001Z' }],
    [{ from: '2026-06-01' }, { from: '2026-06-01T00:00:00.000Z', until: '2026-06-30T09:00:00.001Z' }],
    // Both days included: the range ends at the start of the day after `to`.
    [
      { from: '2026-06-01', to: '2026-06-10' },
      { from: '2026-06-01T00:00:00.000Z', until: '2026-06-11T00:00:00.000Z' },
    ],
    // A period reaching past today stops at now: what is planned has not happened.
    [{ to: '2026-07-15' }, { from: undefined, until: '2026-06-30T09:00:00.001Z' }],
    [{ to: '2026-06-30' }, { from: undefined, until: '2026-06-30T09:00:00.001Z' }],
  ])('%j covers %j', (period, range) => {
    expect(periodRange(period, now)).toEqual(range)
  })
})
