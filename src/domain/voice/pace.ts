import { COMFORTABLE_WPM } from '../rehearsal/speech'

export type PaceBandVerdict = 'slow' | 'comfortable' | 'fast'

/** Where an estimated range sits against the comfortable band: only a range wholly outside it is slow or fast. */
export function paceAgainstBand(wpmLow: number, wpmHigh: number): PaceBandVerdict {
  if (wpmHigh < COMFORTABLE_WPM.min) return 'slow'
  if (wpmLow > COMFORTABLE_WPM.max) return 'fast'
  return 'comfortable'
}
