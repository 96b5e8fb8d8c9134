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

/** The five words in one language, lightest last: how a mood scale shows its levels. */
export const moodWords = (lang: keyof Bilingual) =>
  [
    MOOD_LABELS[1][lang],
    MOOD_LABELS[2][lang],
    MOOD_LABELS[3][lang],
    MOOD_LABELS[4][lang],
    MOOD_LABELS[5][lang],
  ] as const

/** The optional word beside a mood check-in. */
export const MOOD_NOTE_MAX = 500

export const isMoodLevel = (value: unknown): value is MoodLevel =>
  typeof value === 'number' && (MOOD_LEVELS as readonly number[]).includes(value)

/**
 * A mood given in a 48-hour plan is a check-in of the mood log. Changed within this many hours,
 * it is the same check-in changing its answer; later (the check-in a few days on), a new one.
 */
export const PLAN_MOOD_SAME_CHECK_IN_HOURS = 12

export type PlanMoodWrite =
  | { kind: 'add' }
  | { kind: 'update'; id: string }
  | { kind: 'remove'; id: string }
  | { kind: 'none' }

/** What the mood log needs when the plan's mood becomes `mood` (null: the answer was cleared). */
export function planMoodWrite(
  latest: { id: string; at: string; mood: number } | undefined,
  mood: number | null,
  now: Date,
): PlanMoodWrite {
  const recent =
    latest !== undefined && now.getTime() - Date.parse(latest.at) < PLAN_MOOD_SAME_CHECK_IN_HOURS * 3_600_000
  if (mood === null) return recent && latest ? { kind: 'remove', id: latest.id } : { kind: 'none' }
  if (!recent || !latest) return { kind: 'add' }
  return latest.mood === mood ? { kind: 'none' } : { kind: 'update', id: latest.id }
}
