export {
  analyzeDelivery,
  type DeliveryFigures,
  type DeliveryMark,
  FLAT_UNDER_SEMITONES,
  MAP_PAUSE_MS,
  MAX_MARKS,
  type PaceBandVerdict,
  type PitchVerdict,
  paceAgainstBand,
} from './delivery'
export type { Span } from './segments'
