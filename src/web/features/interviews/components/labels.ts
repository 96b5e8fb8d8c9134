import { useCallback } from 'react'
import type { Bilingual } from '../../../../domain/debrief'
import { type DateStyle, useFormatDate } from '../../../lib/dates'
import { useLanguage } from '../../../lib/use-language'

/** Picks the interface language's label from the domain's vocabularies. */
export function useLabel() {
  const lang = useLanguage()
  return useCallback((label: Bilingual) => label[lang], [lang])
}

const STYLES = { long: 'dateTime', date: 'shortDay', month: 'month' } satisfies Record<string, DateStyle>

/** @deprecated Use `useFormatDate` from lib/dates: kept until the debrief's discarded copies move to it. */
export function useFormatDateTime() {
  const formatDate = useFormatDate()
  return useCallback(
    (iso: string, style: keyof typeof STYLES = 'long') => formatDate(iso, STYLES[style]),
    [formatDate],
  )
}
