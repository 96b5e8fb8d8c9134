import { type DeliveryFacts, type DeliverySummary, summarizeDeliveries } from '../voice/summary'
import { weekOf } from './calendar'

/** One recording's delivery figures, from a spoken rehearsal attempt or a spoken mock interview answer. */
export type DeliveryRecording = { at: string; from: 'rehearsal' | 'mock'; delivery: DeliveryFacts }

export type DeliveryWeek = {
  /** The Monday of the week ('YYYY-MM-DD'). */
  week: string
  recordings: number
  wpmLow: number | null
  wpmHigh: number | null
  longPausesPerMinute: number | null
  pitchVariationSemitones: number | null
}

export type DeliveryTrend = {
  /** Recordings with speech in them over the period, and how many of them came from mock interviews. */
  recordings: number
  fromMock: number
  /** Only the weeks that have recordings, oldest first: a week without one is no measure. */
  weeks: DeliveryWeek[]
  /** The whole period taken together; null without any recording. */
  overall: DeliverySummary | null
}

/** Delivery figures over time, week by week (UTC weeks, as the rehearsal series), and over the whole period. */
export function deliveryTrend(recordings: readonly DeliveryRecording[]): DeliveryTrend {
  const spoken = recordings.filter((r) => r.delivery.speakingMs > 0)
  const byWeek = new Map<string, DeliveryFacts[]>()
  for (const r of spoken) {
    const week = weekOf(r.at)
    byWeek.set(week, [...(byWeek.get(week) ?? []), r.delivery])
  }
  const weeks = [...byWeek.keys()].sort().flatMap((week): DeliveryWeek[] => {
    const summary = summarizeDeliveries(byWeek.get(week) ?? [])
    if (!summary) return []
    return [
      {
        week,
        recordings: summary.recordings,
        wpmLow: summary.wpmLow,
        wpmHigh: summary.wpmHigh,
        longPausesPerMinute: summary.longPausesPerMinute,
        pitchVariationSemitones: summary.pitchVariationSemitones,
      },
    ]
  })
  return {
    recordings: spoken.length,
    fromMock: spoken.filter((r) => r.from === 'mock').length,
    weeks,
    overall: summarizeDeliveries(spoken.map((r) => r.delivery)),
  }
}
