import type { Language } from '../../shared/schemas/common'

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' }

/** A calendar date written out for a person, e.g. "25 novembre 2025" or "25 November 2025". */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'long' }).format(date)
}
