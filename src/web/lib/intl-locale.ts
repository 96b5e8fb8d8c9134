import type { Language } from '../../shared/schemas/common'

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' }

/** The Intl locale of an interface language, for dates and numbers alike. */
export const intlLocale = (language: Language): string => LOCALES[language]
