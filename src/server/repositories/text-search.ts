/**
 * Case- and accent-insensitive matching, done in JavaScript because SQLite's lower() only
 * knows ASCII: "ecole" finds "École" on both databases alike.
 */
export const foldForSearch = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

export function matchesAll(haystack: readonly string[], query: string | undefined): boolean {
  if (!query?.trim()) return true
  const text = foldForSearch(haystack.join(' \u0000 '))
  return foldForSearch(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => text.includes(term))
}

/** The same words once case, accents and surrounding spaces are set aside: "societe generale " is "Société Générale". */
export const sameFolded = (a: string, b: string): boolean =>
  foldForSearch(a.trim()) === foldForSearch(b.trim())
