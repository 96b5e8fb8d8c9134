import type { Language } from '../../../../shared/schemas/common'

/** How long a pitch takes to say: its words, read at about 140 a minute. */

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
