/** Letters that Unicode does not split into a base letter and an accent, spelled out in ASCII. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' }

/**
 * A readable, ASCII-only piece of a file name: "Lumen Énergie" → "lumen-energie".
 * Accents are dropped from their letter (NFD splits "é" into "e" and a combining mark, which is
 * removed), never turned into a separator; anything else that is not a letter or digit becomes one
 * hyphen. Empty when nothing readable is left.
 */
export function slugify(text: string, maxLength = 60): string {
  const ascii = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßøđłı]/g, (letter) => LIGATURES[letter] ?? '')
  return ascii
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '')
}
