import type { Bilingual } from '../debrief'

/** A mood check-in, from 1 (very heavy) to 5 (light). Words describe, they do not judge. */
export const MOOD_LEVELS = [1, 2, 3, 4, 5] as const
export type MoodLevel = (typeof MOOD_LEVELS)[number]

export const MOOD_LABELS: Record<MoodLevel, Bilingual> = {
  1: { fr: 'Très lourd', en: 'Very heavy' },
  2: { fr: 'Pesant', en: 'Heavy' },
  3: { fr: 'Entre les deux', en: 'In between' },
  4: { fr: 'Plus léger', en: 'Lighter' },
  5: { fr: 'Léger', en: 'Light' },
}

/** The optional word beside a mood check-in. */
export const MOOD_NOTE_MAX = 500

export const isMoodLevel = (value: unknown): value is MoodLevel =>
  typeof value === 'number' && (MOOD_LEVELS as readonly number[]).includes(value)
