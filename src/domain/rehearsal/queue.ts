/**
 * Today's rehearsal queue. Pure: the clock is passed in.
 * Due cards first come from recent destabilizing questions (the ones that hurt, while it
 * still matters), then the most overdue.
 */
export type QueueCard = {
  id: string
  due: string
  source: 'bank' | 'debrief' | 'own'
  createdAt: string
}

/** A card born from a debrief within this many days counts as "recent". */
export const RECENT_DEBRIEF_DAYS = 14

export function dailyQueue<T extends QueueCard>(cards: readonly T[], now: Date): T[] {
  const t = now.getTime()
  const recent = (c: QueueCard) =>
    c.source === 'debrief' && t - new Date(c.createdAt).getTime() <= RECENT_DEBRIEF_DAYS * 86_400_000
  return cards
    .filter((c) => new Date(c.due).getTime() <= t)
    .sort(
      (a, b) =>
        Number(recent(b)) - Number(recent(a)) || a.due.localeCompare(b.due) || a.id.localeCompare(b.id),
    )
}
