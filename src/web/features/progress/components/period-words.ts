import type { TFunction } from 'i18next'
import type { Period } from '../api/get-progress'
import type { Formats } from './use-formats'

/** "du 1 mars 2026 au 30 juin 2026", "depuis le 1 mars 2026", "tout votre historique". */
export function describePeriod(period: Period, t: TFunction<'progress'>, f: Formats): string {
  if (period.from && period.to) return t('period.range', { from: f.day(period.from), to: f.day(period.to) })
  if (period.from) return t('period.since', { from: f.day(period.from) })
  if (period.to) return t('period.until', { to: f.day(period.to) })
  return t('period.allTime')
}
