import { describe, expect, it } from 'vitest'
import { dailyQueue } from './queue'
import { newSchedule, previewIntervals, reschedule } from './scheduling'

const t0 = new Date('2026-05-04T08:00:00.000Z')
const days = (d: number) => new Date(t0.getTime() + d * 86_400_000)

describe('scheduling through ts-fsrs, with a fixed clock', () => {
  it('a new card is due now and leaves today once graded Good', () => {
    const fresh = newSchedule(t0)
    expect(fresh).toMatchObject({ due: t0.toISOString(), state: 'new', reps: 0 })
    const afterGood = reschedule(fresh, 'good', t0)
    expect(afterGood.reps).toBe(1)
    expect(new Date(afterGood.due).getTime()).toBeGreaterThan(t0.getTime())
  })

  it('is deterministic: the same history gives the same schedule', () => {
    const run = () => reschedule(reschedule(newSchedule(t0), 'good', t0), 'good', days(1))
    expect(run()).toEqual(run())
  })

  it('Again brings a card back sooner than Good, Easy later than Good', () => {
    const learned = reschedule(reschedule(newSchedule(t0), 'good', t0), 'good', days(1))
    const at = new Date(learned.due)
    const again = new Date(reschedule(learned, 'again', at).due).getTime()
    const good = new Date(reschedule(learned, 'good', at).due).getTime()
    const easy = new Date(reschedule(learned, 'easy', at).due).getTime()
    expect(again).toBeLessThan(good)
    expect(easy).toBeGreaterThan(good)
    expect(reschedule(learned, 'again', at).lapses).toBe(1)
  })

  it('intervals grow as a card is answered well', () => {
    let s = newSchedule(t0)
    let at = t0
    const gaps: number[] = []
    for (let i = 0; i < 5; i++) {
      s = reschedule(s, 'good', at)
      gaps.push(new Date(s.due).getTime() - at.getTime())
      at = new Date(s.due)
    }
    for (let i = 2; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1] ?? 0)
  })

  it('previews when each grade would bring the card back', () => {
    const preview = previewIntervals(newSchedule(t0), t0)
    expect(new Date(preview.again).getTime()).toBeLessThanOrEqual(new Date(preview.good).getTime())
    expect(new Date(preview.good).getTime()).toBeLessThan(new Date(preview.easy).getTime())
  })
})

describe('daily queue', () => {
  const card = (id: string, due: Date, source: 'bank' | 'debrief' | 'own', createdAt: Date) => ({
    id,
    due: due.toISOString(),
    source,
    createdAt: createdAt.toISOString(),
  })

  it('keeps only due cards, recent destabilizing questions first, then the most overdue', () => {
    const now = days(30)
    const queue = dailyQueue(
      [
        card('bank-old', days(1), 'bank', days(0)),
        card('debrief-recent', days(29), 'debrief', days(25)),
        card('debrief-old', days(2), 'debrief', days(0)),
        card('own-later', days(31), 'own', days(0)),
        card('bank-recent', days(20), 'bank', days(0)),
      ],
      now,
    )
    expect(queue.map((c) => c.id)).toEqual(['debrief-recent', 'bank-old', 'debrief-old', 'bank-recent'])
  })
})
