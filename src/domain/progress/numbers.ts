/** Small number helpers shared by the series, the insights and the report. Not part of the API. */
import type { Lang } from '../language'

export const round1 = (x: number): number => Math.round(x * 10) / 10
export const round2 = (x: number): number => Math.round(x * 100) / 100
export const sum = (xs: readonly number[]): number => xs.reduce((total, x) => total + x, 0)
export const mean = (xs: readonly number[]): number => sum(xs) / xs.length

/** A figure as a reader expects it: one decimal at most, with a decimal comma in French. */
export const formatNumber = (x: number, lang: Lang): string => {
  const text = String(round1(x))
  return lang === 'fr' ? text.replace('.', ',') : text
}

/** A whole percentage: "40 %" in French, "40%" in English. */
export const formatPercent = (x: number, lang: Lang): string =>
  lang === 'fr' ? `${Math.round(x)} %` : `${Math.round(x)}%`
