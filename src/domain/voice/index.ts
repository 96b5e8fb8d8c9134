export {
  analyzeDelivery,
  type DeliveryFigures,
  type DeliveryMark,
  FLAT_UNDER_SEMITONES,
  MAP_PAUSE_MS,
  MAX_MARKS,
  type PitchVerdict,
} from './delivery'
export { type PaceBandVerdict, paceAgainstBand } from './pace'
export type { Span } from './segments'
