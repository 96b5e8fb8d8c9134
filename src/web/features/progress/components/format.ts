import { useMemo } from 'react'
import { monthLabel } from '../../../../domain/progress'
import type { Language } from '../../../../shared/schemas/common'
import { useLanguage } from '../../../lib/use-language'

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' }

export type Formats = {
  lang: Language
  /** "3,5" or "3.5": one decimal at most. */
  number: (x: number) => string
  /** "23 octobre 2026". */
  day: (iso: string) => string
  /** "23 oct. 2026", for tables. */
  date: (iso: string) => string
  /** "23 oct.", for axes. */
  shortDay: (iso: string) => string
  /** "octobre 2026", from the month names both server and browser share. */
  month: (month: string) => string
  /** "oct. 2026", for axes. */
  shortMonth: (month: string) => string
  /** "30 nov. 2026, 14:05" in the person's own time zone, for a moment rather than a day. */
  moment: (iso: string) => string
}

/** Dates and numbers in the interface language. Days are UTC days, as the server counts them. */
export function useFormats(): Formats {
  const lang = useLanguage()
  return useMemo(() => {
    const locale = LOCALES[lang]
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
    const mediumDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
    const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' })
    const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
    const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
    const date = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso)
    return {
      lang,
      number: (x) => number.format(x),
      day: (iso) => day.format(date(iso)),
      date: (iso) => mediumDay.format(date(iso)),
      shortDay: (iso) => shortDay.format(date(iso)),
      month: (month) => monthLabel(month, lang),
      shortMonth: (month) => shortMonth.format(date(`${month}-01`)),
      moment: (iso) => moment.format(new Date(iso)),
    } satisfies Formats
  }, [lang])
}
