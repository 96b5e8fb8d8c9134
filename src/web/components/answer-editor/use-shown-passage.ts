import { useCallback, useRef, useState } from 'react'
import type { Span } from '../../../domain/analysis'
import { remapRanges } from './highlights'
import type { TextReplacement } from './use-text-replacement'

/**
 * The passage a suggestion points at, marked in the text: while the person looks at the
 * suggestion (hover, focus), or after "Show in text", which also selects it and scrolls to it.
 */
export function useShownPassage(analyzedText: string, { textareaRef, valueRef }: TextReplacement) {
  const fieldRef = useRef<HTMLDivElement>(null)
  const [looked, setLooked] = useState<Span | null>(null)
  const [shown, setShown] = useState<Span | null>(null)

  const show = useCallback(
    (span: Span) => {
      const [range] = remapRanges([span], analyzedText, valueRef.current)
      const textarea = textareaRef.current
      if (!range || !textarea) return
      setShown(span)
      textarea.focus({ preventScroll: true })
      textarea.setSelectionRange(range.start, range.end)
      requestAnimationFrame(() => {
        const mark = fieldRef.current?.querySelector('[data-active]')
        const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
        mark?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' })
      })
    },
    [analyzedText, textareaRef, valueRef],
  )

  const look = useCallback((span: Span | null) => setLooked(span), [])
  /** The shown passage is no longer marked (the text changed, or the focus left it). */
  const unshow = useCallback(() => setShown(null), [])
  const clear = useCallback(() => {
    setLooked(null)
    setShown(null)
  }, [])

  return { fieldRef, active: looked ?? shown, show, look, unshow, clear }
}
