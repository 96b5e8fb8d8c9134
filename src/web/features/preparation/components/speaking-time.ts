import type { Language } from '../../../../shared/schemas/common'

// Words and speaking time are the domain's, so the verdict and the figures shown never disagree.
export { countWords, speakingSeconds } from '../../../../domain/preparation/pitch-length'

export function formatDuration(seconds: number, language: Language): string {
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  const sep = language === 'fr' ? '\u00a0' : ' '
  if (minutes === 0) return `${rest}${sep}s`
  if (rest === 0) return `${minutes}${sep}min`
  return `${minutes}${sep}min ${rest}${sep}s`
}
