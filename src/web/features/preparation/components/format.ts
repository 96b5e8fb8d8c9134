import type { Language } from '../../../../shared/schemas/common'

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' }

/** "mardi 1 décembre 2026 à 14:30" / "Tuesday 1 December 2026 at 14:30". */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'full', timeStyle: 'short' }).format(date)
}

/** "1 déc. 2026, 14:30": short enough for a list of versions. */
export function formatShortDateTime(iso: string, language: Language): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

export function countWords(text: string): number {
  const trimmed = text.trim()
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length
}

/** Seconds to say a text aloud, at about 140 words a minute. */
export function speakingSeconds(words: number): number {
  return Math.round((words / 140) * 60)
}

export function formatDuration(seconds: number, language: Language): string {
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  const sep = language === 'fr' ? '\u00a0' : ' '
  if (minutes === 0) return `${rest}${sep}s`
  if (rest === 0) return `${minutes}${sep}min`
  return `${minutes}${sep}min ${rest}${sep}s`
}

let counter = 0
/** An id for a new item of a list, unique enough for one person's plan. */
export function newItemId(): string {
  counter += 1
  return `${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 8)}`
}
