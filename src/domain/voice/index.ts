export {
  analyzeDelivery,
  type DeliveryFigures,
  type DeliveryMark,
  FLAT_UNDER_SEMITONES,
  type PitchVerdict,
} from './delivery'
export { MAP_PAUSE_MS, MAX_MARKS } from './limits'
export { type PaceBandVerdict, paceAgainstBand } from './pace'
export type { Span } from './segments'
export { type DeliveryFacts, type DeliverySummary, summarizeDeliveries } from './summary'
