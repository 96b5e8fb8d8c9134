import type { ReactNode } from 'react'
import { useLanguage } from '../../lib/use-language'

type QuoteProps = {
  children: ReactNode
  /** The language of the quoted words (the answer's), for screen readers' pronunciation. */
  lang?: string | undefined
}

/** Words quoted from the answer, with the quotation marks of the interface language. */
export function Quote({ children, lang }: QuoteProps) {
  const ui = useLanguage()
  const [open, close] = ui === 'fr' ? ['«\u00a0', '\u00a0»'] : ['“', '”']
  return (
    <span className="quote">
      {open}
      <span lang={lang}>{children}</span>
      {close}
    </span>
  )
}

/** A passage of the answer, trimmed and shortened for display. */
export function excerpt(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.lastIndexOf(' ', max)
  return `${clean.slice(0, cut > max / 2 ? cut : max)}…`
}
