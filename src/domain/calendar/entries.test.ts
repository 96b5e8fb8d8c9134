import { describe, expect, it } from 'vitest'
import { calendarEntries, type FeedInterview, preparationEntry, reboundCheckInEntry } from './entries'

const interview = (date: string, id = 'i1'): FeedInterview => ({
  id,
  date,
  durationMinutes: null,
  stage: 'technical',
  company: 'Acme',
  role: 'Developer',
})

describe('calendar entries', () => {
  it.each([
    // The evening before at 18:00 local time, across the clocks going forward in Paris (29 March 2026).
    { date: '2026-03-29T08:00:00.000Z', zone: 'Europe/Paris', start: '2026-03-28T17:00:00.000Z' },
    { date: '2026-03-30T08:00:00.000Z', zone: 'Europe/Paris', start: '2026-03-29T16:00:00.000Z' },
    { date: '2026-07-01T14:00:00.000Z', zone: 'America/New_York', start: '2026-06-30T22:00:00.000Z' },
    { date: '2026-07-01T02:00:00.000Z', zone: 'Asia/Tokyo', start: '2026-06-30T09:00:00.000Z' },
  ])('prepares the evening before, $zone', ({ date, zone, start }) => {
    expect(preparationEntry(interview(date), 'fr', zone).start.toISOString()).toBe(start)
  })

  it('gives each entry a UID from what it is about only, and sorts by time', () => {
    const rebound = { id: 'r', createdAt: '2026-03-01T22:30:00.000Z', company: 'Acme' }
    const sources = {
      interviews: [interview('2026-03-10T09:00:00.000Z', 'b'), interview('2026-03-05T09:00:00.000Z', 'a')],
      followUps: [],
      rebounds: [rebound],
    }
    const entries = calendarEntries(sources, 'en', 'Europe/Paris')
    expect(entries.map((e) => e.uid)).toEqual([
      'rebound-r@rebond',
      'preparation-a@rebond',
      'interview-a@rebond',
      'preparation-b@rebond',
      'interview-b@rebond',
    ])
    expect(entries.find((e) => e.uid === 'interview-a@rebond')?.durationMinutes).toBe(60)
    // A rebound started late on 1 March (23:30 in Paris) checks in the evening of 3 March.
    expect(reboundCheckInEntry(rebound, 'fr', 'Europe/Paris').start.toISOString()).toBe(
      '2026-03-03T17:00:00.000Z',
    )
  })
})
