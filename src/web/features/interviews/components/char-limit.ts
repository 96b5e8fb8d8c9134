/** From this share of the limit on, the count of what is left is shown, emphasised. */
export const NEAR_LIMIT_RATIO = 0.8

export type CharLimitState =
  /** Far from the limit: only the limit itself, quietly. */
  | 'quiet'
  /** Close to it: how many characters are left, emphasised. */
  | 'near'
  /** Reached: nothing more can be typed. */
  | 'full'

export function charLimitState(length: number, max: number): CharLimitState {
  if (length >= max) return 'full'
  return length >= max * NEAR_LIMIT_RATIO ? 'near' : 'quiet'
}
