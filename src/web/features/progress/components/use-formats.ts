import { useMemo } from 'react'
import { monthLabel } from '../../../../domain/progress'
import type { Language } from '../../../../shared/schemas/common'
import { formatDate, useFormatDate } from '../../../lib/dates'
import { numberFormat } from '../../../lib/numbers'
import { useLanguage } from '../../../lib/use-language'

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

/**
 * Numbers and dates of the Progress pages, in the interface language. Days are UTC days, as the
 * server counts them: they are written out in UTC so that a day stays that day.
 */
export function useFormats(): Formats {
  const lang = useLanguage()
  const formatMoment = useFormatDate()
  return useMemo(() => {
    return {
      lang,
      // Made at the first number written, not with the formats: the period chooser, drawn before the figures
      // arrive, writes none, and a first Intl.NumberFormat can cost tens of milliseconds before the locale's
      // data is loaded (lib/dates.ts, loadIntlData).
      number: (x) => numberFormat(lang, { max: 1 }).format(x),
      day: (iso) => formatDate(iso, lang, 'day', 'UTC'),
      date: (iso) => formatDate(iso, lang, 'shortDay', 'UTC'),
      shortDay: (iso) => formatDate(iso, lang, 'dayMonth', 'UTC'),
      month: (month) => monthLabel(month, lang),
      shortMonth: (month) => formatDate(`${month}-01`, lang, 'shortMonth', 'UTC'),
      moment: (iso) => formatMoment(iso, 'shortDateTime'),
    } satisfies Formats
  }, [lang, formatMoment])
}

/** A week on a chart: its label on the axis and, for the tooltip, "Semaine du 23 octobre 2026". */
export function weekPoint(
  week: string,
  f: Formats,
  t: (key: 'rehearsal.weekOf', options: { day: string }) => string,
) {
  return { x: f.shortDay(week), tip: t('rehearsal.weekOf', { day: f.day(week) }) }
}
