import { useCallback, useEffect, useRef, useState } from 'react'

export type CopyState = 'idle' | 'copied' | 'fallback'

/**
 * Copies text with the clipboard API. Where it is missing or refused, the text is shown in a
 * read-only field and selected, so the person can copy it themselves.
 */
export function useCopy() {
  const [state, setState] = useState<CopyState>('idle')
  const fallbackRef = useRef<HTMLTextAreaElement>(null)
  const timer = useRef<number | undefined>(undefined)

  useEffect(() => () => window.clearTimeout(timer.current), [])

  useEffect(() => {
    if (state !== 'fallback') return
    const field = fallbackRef.current
    field?.focus()
    field?.select()
  }, [state])

  const copy = useCallback(async (text: string) => {
    window.clearTimeout(timer.current)
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setState('copied')
      timer.current = window.setTimeout(() => setState('idle'), 6000)
    } catch {
      setState('fallback')
    }
  }, [])

  return { state, copy, fallbackRef, reset: () => setState('idle') }
}
