import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { CATEGORY_LABELS, QUESTION_CATEGORIES } from '../../../../domain/rehearsal/question-bank/types'
import type { Language } from '../../../../shared/schemas/common'
import { useLanguage } from '../../../lib/use-language'

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' }
const MINUTE = 60_000
const HOUR = 60 * MINUTE

export type BankCategory = (typeof QUESTION_CATEGORIES)[number]
export const BANK_CATEGORIES = QUESTION_CATEGORIES
export const FROM_INTERVIEW = 'from_interview'

export function isBankCategory(value: string | null | undefined): value is BankCategory {
  return (QUESTION_CATEGORIES as readonly string[]).includes(value ?? '')
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime()
}

/** "dans 10 minutes", "demain", "dans 4 jours": when a date comes, said as a person would. */
export function relativeWhen(iso: string, lang: Language, now = new Date()): string | null {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  const diff = date.getTime() - now.getTime()
  if (diff <= 0) return null
  const rtf = new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' })
  if (diff < HOUR) return rtf.format(Math.max(1, Math.round(diff / MINUTE)), 'minute')
  const days = Math.round((startOfDay(date) - startOfDay(now)) / (24 * HOUR))
  if (days === 0) return rtf.format(Math.round(diff / HOUR), 'hour')
  if (days < 31) return rtf.format(days, 'day')
  if (days < 365) return rtf.format(Math.round(days / 30), 'month')
  return rtf.format(Math.round(days / 365), 'year')
}

/** The relative "when", or "now" when the date is already past. */
export function useWhen() {
  const lang = useLanguage()
  const { t } = useTranslation('rehearsal')
  return useCallback((iso: string) => relativeWhen(iso, lang) ?? t('when.now'), [lang, t])
}

/** A date and time in the interface language, e.g. "28 nov. 2026, 14:30". */
export function useFormatDate() {
  const lang = useLanguage()
  return useCallback(
    (iso: string, withTime = true) => {
      const date = new Date(iso)
      if (Number.isNaN(date.getTime())) return ''
      return new Intl.DateTimeFormat(LOCALES[lang], {
        dateStyle: 'medium',
        ...(withTime ? { timeStyle: 'short' } : {}),
      }).format(date)
    },
    [lang],
  )
}

/** The label of a card or bank category in the interface language. */
export function useCategoryLabel() {
  const lang = useLanguage()
  const { t } = useTranslation('rehearsal')
  return useCallback(
    (category: string) =>
      isBankCategory(category) ? CATEGORY_LABELS[category][lang] : t('categories.from_interview'),
    [lang, t],
  )
}

/** "≈ 1 min 10 s". */
export function useDuration() {
  const { t } = useTranslation('rehearsal')
  return useCallback(
    (seconds: number) => {
      const total = Math.max(0, Math.round(seconds))
      const m = Math.floor(total / 60)
      const s = total % 60
      if (m === 0) return t('card.seconds', { s })
      if (s === 0) return t('card.minutes', { m })
      return t('card.minutesSeconds', { m, s })
    },
    [t],
  )
}

/** "8 s", "1 min 05 s": a measured length, said exactly (no "≈"). */
export function useMeasuredDuration() {
  const { t } = useTranslation('rehearsal')
  return useCallback(
    (seconds: number) => {
      const total = Math.max(0, Math.round(seconds))
      const m = Math.floor(total / 60)
      const s = total % 60
      if (m === 0) return t('spoken.durationSeconds', { s })
      return t('spoken.durationMinutesSeconds', { m, s: String(s).padStart(2, '0') })
    },
    [t],
  )
}
