import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/schemas/common'
import { DEFAULT_LANGUAGE, isLanguage } from './i18n'

/** The interface language, re-rendering the component when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  const lng = i18n.resolvedLanguage ?? i18n.language
  return isLanguage(lng) ? lng : DEFAULT_LANGUAGE
}
