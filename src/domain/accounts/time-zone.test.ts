import { describe, expect, it } from 'vitest'
import { atLocalClock, canonicalTimeZone, isTimeZone, localDay, localTime, zonedTime } from './time-zone'

describe('time zone names', () => {
  it.each([
    ['Europe/Paris', 'Europe/Paris'],
    ['europe/paris', 'Europe/Paris'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Pacific/Noumea', 'Pacific/Noumea'],
    ['UTC', 'UTC'],
  ])('%s is known, spelled %s', (name, canonical) => {
    expect(canonicalTimeZone(name)).toBe(canonical)
  })

  it.each([
    'Mars/Olympus_Mons',
    'Paris',
    '+01:00',
    '',
    'Europe/Paris\n',
    '../../etc/passwd',
    `Europe/${'a'.repeat(80)}`,
  ])('%j is refused', (name) => {
    expect(isTimeZone(name)).toBe(false)
  })
})

describe('local days and times', () => {
  it('an evening in Paris is the next morning in Nouméa and still the same day in New York', () => {
    const at = new Date('2026-03-10T21:30:00Z')
    expect(localTime(at, 'Europe/Paris')).toMatchObject({ day: 10, hour: 22, minute: 30 })
    expect(localDay(at, 'Pacific/Noumea')).toBe('2026-03-11')
    expect(localDay(at, 'America/New_York')).toBe('2026-03-10')
  })

  it.each([
    ['in winter', [2026, 1, 15, 9, 30], 'Europe/Paris', '2026-01-15T08:30:00.000Z'],
    ['in summer', [2026, 7, 15, 9, 30], 'Europe/Paris', '2026-07-15T07:30:00.000Z'],
    ['in summer, elsewhere', [2026, 7, 15, 9, 30], 'America/Los_Angeles', '2026-07-15T16:30:00.000Z'],
    // 29 March 2026: Paris goes from 02:00 to 03:00. 02:30 does not exist: it is read as 03:30.
    [
      'in an hour that does not exist, read as the next',
      [2026, 3, 29, 2, 30],
      'Europe/Paris',
      '2026-03-29T01:30:00.000Z',
    ],
    ['on the day the clocks go forward', [2026, 3, 29, 10, 0], 'Europe/Paris', '2026-03-29T08:00:00.000Z'],
    // 25 October 2026: 02:30 happens twice; the first one is meant.
    [
      'in an hour that happens twice, the first time',
      [2026, 10, 25, 2, 30],
      'Europe/Paris',
      '2026-10-25T00:30:00.000Z',
    ],
  ] as const)(
    'finds the moment of a local clock time %s, as a person would read it',
    (_case, clock, zone, moment) => {
      const [year, month, day, hour, minute] = clock
      expect(zonedTime({ year, month, day, hour, minute }, zone).toISOString()).toBe(moment)
    },
  )

  it('moves a moment to another clock time of its local day', () => {
    // 03:55 UTC is 04:55 in Paris: the same day at 09:30 there.
    expect(atLocalClock(new Date('2026-03-17T03:55:00Z'), 'Europe/Paris', 9, 30).toISOString()).toBe(
      '2026-03-17T08:30:00.000Z',
    )
    // 23:00 UTC on the 16th is already the 17th in Nouméa.
    expect(atLocalClock(new Date('2026-03-16T23:00:00Z'), 'Pacific/Noumea', 9, 30).toISOString()).toBe(
      '2026-03-16T22:30:00.000Z',
    )
  })
})
