import type { AssertivenessLevel } from './types'

/**
 * The labeling guide's rule: density = (hedges + 0.5 × fillers) × 100 / words; `low` with any
 * self-deprecation or density ≥ 5, `high` without self-deprecation and density < 1.5, else `medium`.
 *
 * The score maps each level onto its own band so that score and level always agree:
 * high 70–100 (100 at density 0, falling linearly to 70 at 1.5), medium 40–69 (69 at 1.5, 40 at 5),
 * low 0–39 (39 at density 5 falling to 0 at 20 and beyond; with self-deprecation below density 5,
 * 39 at 0 falling to 30 at 5).
 */
export function assessAssertiveness(
  hedges: number,
  fillers: number,
  words: number,
  selfDeprecation: boolean,
): { score: number; level: AssertivenessLevel; density: number } {
  const density = words > 0 ? ((hedges + 0.5 * fillers) * 100) / words : 0
  if (selfDeprecation || density >= 5) {
    const score = density < 5 ? 39 - (density / 5) * 9 : 39 * Math.max(0, 1 - (density - 5) / 15)
    return { score: clamp(Math.floor(score), 0, 39), level: 'low', density }
  }
  if (density < 1.5)
    return { score: clamp(Math.ceil(100 - (density / 1.5) * 30), 70, 100), level: 'high', density }
  return { score: clamp(Math.round(69 - ((density - 1.5) / 3.5) * 29), 40, 69), level: 'medium', density }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
