import type { Language } from '../../shared/schemas/common'

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' }

/** The Intl locale of an interface language, for dates and numbers alike. */
export const intlLocale = (language: Language): string => LOCALES[language]

/**
 * Has the browser load a language's date and number data now. Chromium loads it with the first
 * `Intl.DateTimeFormat` or `Intl.NumberFormat` (30 to 60 ms on a slow machine, shared by both): called while a
 * signed-in page's code and data are on their way, in a task of its own, it is not paid inside that page's first
 * render, which writes dates and numbers (main.tsx).
 */
export function loadIntlData(language: Language): void {
  new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long' }).format(0)
  new Intl.NumberFormat(intlLocale(language)).format(0)
}
