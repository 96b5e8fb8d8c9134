import type { Language } from '../../shared/schemas/common'
import { intlLocale } from './intl-locale'

const formats = new Map<string, Intl.NumberFormat>()

/**
 * Numbers written in the interface language ("3,5" in French), with at most `max` decimals and at least
 * `min`. Each kind is made once and kept: making an `Intl.NumberFormat` costs far more than using it, and a
 * page like Progress writes hundreds of numbers.
 */
export function numberFormat(language: Language, { max = 3, min = 0 }: { max?: number; min?: number } = {}) {
  const key = `${language}|${max}|${min}`
  let found = formats.get(key)
  if (!found) {
    found = new Intl.NumberFormat(intlLocale(language), {
      maximumFractionDigits: max,
      minimumFractionDigits: min,
    })
    formats.set(key, found)
  }
  return found
}
