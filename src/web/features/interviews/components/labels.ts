import { useCallback } from 'react'
import type { Bilingual } from '../../../../domain/debrief'
import { useLanguage } from '../../../lib/use-language'

/** Picks the interface language's label from the domain's vocabularies. */
export function useLabel() {
  const lang = useLanguage()
  return useCallback((label: Bilingual) => label[lang], [lang])
}
