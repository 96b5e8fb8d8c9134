import { useCallback } from 'react'
import type { Bilingual } from '../../../../domain/debrief'
import { useLanguage } from '../../../lib/use-language'

const locales = { fr: 'fr-FR', en: 'en-GB' } as const

/** Picks the interface language's label from the domain's vocabularies. */
export function useLabel() {
  const lang = useLanguage()
  return useCallback((label: Bilingual) => label[lang], [lang])
}

/** "25 novembre 2026 à 14:30" / "25 November 2026 at 14:30", in the browser's time zone. */
export function useFormatDateTime() {
  const lang = useLanguage()
  return useCallback(
    (iso: string, style: 'long' | 'date' | 'month' = 'long') => {
      const date = new Date(iso)
      if (Number.isNaN(date.getTime())) return ''
      const options: Intl.DateTimeFormatOptions =
        style === 'month'
          ? { month: 'long', year: 'numeric' }
          : style === 'date'
            ? { dateStyle: 'medium' }
            : { dateStyle: 'long', timeStyle: 'short' }
      return new Intl.DateTimeFormat(locales[lang], options).format(date)
    },
    [lang],
  )
}

/** The value of an <input type="datetime-local"> for a date, in the browser's time zone. */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** An <input type="datetime-local"> value read in the browser's time zone, as ISO 8601 (UTC). */
export function fromLocalInputValue(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}
