/**
 * Delivery figures of several recordings taken together: the answers of one mock interview, or the
 * recordings of one week in Progress. Light on purpose (no analysis, no pitchy): the server and the report
 * load it without the signal processing.
 */
import { LONG_PAUSE_MS } from '../rehearsal/speech'
import { FLAT_UNDER_SEMITONES } from './limits'
import { type PaceBandVerdict, paceAgainstBand } from './pace'

/** What the summary reads of one recording's figures (src/shared/schemas/delivery.ts has them all). */
export type DeliveryFacts = {
  speakingMs: number
  pauses: readonly { durationMs: number }[]
  wpmLow: number | null
  wpmHigh: number | null
  pitchVariationSemitones: number | null
  probableFillers: readonly { review: 'probable' | 'confirmed' | 'dismissed' }[]
}

export type DeliverySummary = {
  /** Recordings taken into account. */
  recordings: number
  /** Speaking time of them all, first word to last word each. */
  speakingMs: number
  /** Estimated words per minute, low and high, weighted by speaking time; null without any pace measured. */
  wpmLow: number | null
  wpmHigh: number | null
  paceVerdict: PaceBandVerdict | null
  /** Silences of two seconds or more. */
  longPauses: number
  longPausesPerMinute: number | null
  /** Standard deviation of the pitch in semitones, weighted by speaking time. */
  pitchVariationSemitones: number | null
  pitchVerdict: 'flat' | 'varied' | null
  /** Probable filled pauses the person confirmed, and those nobody looked at; dismissed ones are not counted. */
  fillersConfirmed: number
  fillersOpen: number
}

const round1 = (n: number) => Math.round(n * 10) / 10

/** A mean weighted by speaking time over the recordings that have the figure; null when none has it. */
function weighted(list: readonly DeliveryFacts[], pick: (d: DeliveryFacts) => number | null): number | null {
  let sum = 0
  let weight = 0
  for (const d of list) {
    const value = pick(d)
    if (value === null || d.speakingMs <= 0) continue
    sum += value * d.speakingMs
    weight += d.speakingMs
  }
  return weight > 0 ? sum / weight : null
}

/** The recordings' figures taken together; null when there is no recording with speech in it. */
export function summarizeDeliveries(list: readonly DeliveryFacts[]): DeliverySummary | null {
  const spoken = list.filter((d) => d.speakingMs > 0)
  if (spoken.length === 0) return null
  const speakingMs = spoken.reduce((sum, d) => sum + d.speakingMs, 0)
  const low = weighted(spoken, (d) => d.wpmLow)
  const high = weighted(spoken, (d) => d.wpmHigh)
  const wpmLow = low === null ? null : Math.round(low)
  const wpmHigh = high === null ? null : Math.round(high)
  const longPauses = spoken.reduce(
    (sum, d) => sum + d.pauses.filter((p) => p.durationMs >= LONG_PAUSE_MS).length,
    0,
  )
  const variation = weighted(spoken, (d) => d.pitchVariationSemitones)
  const fillers = spoken.flatMap((d) => d.probableFillers)
  return {
    recordings: spoken.length,
    speakingMs,
    wpmLow,
    wpmHigh,
    paceVerdict: wpmLow === null || wpmHigh === null ? null : paceAgainstBand(wpmLow, wpmHigh),
    longPauses,
    // Under ten seconds of speech, a rate per minute says more about the division than about the speaker.
    longPausesPerMinute: speakingMs >= 10_000 ? round1(longPauses / (speakingMs / 60_000)) : null,
    pitchVariationSemitones: variation === null ? null : round1(variation),
    pitchVerdict: variation === null ? null : variation < FLAT_UNDER_SEMITONES ? 'flat' : 'varied',
    fillersConfirmed: fillers.filter((f) => f.review === 'confirmed').length,
    fillersOpen: fillers.filter((f) => f.review === 'probable').length,
  }
}
