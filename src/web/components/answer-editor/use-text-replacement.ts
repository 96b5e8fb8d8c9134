import { type RefObject, useCallback, useLayoutEffect, useRef } from 'react'

export type TextReplacement = {
  textareaRef: RefObject<HTMLTextAreaElement | null>
  /** The text as it stands now, ahead of the next render after a replacement. */
  valueRef: RefObject<string>
  /** Replaces a range of the text, and returns the new text. */
  replaceRange: (start: number, end: number, replacement: string) => string
}

/**
 * Changes made to the textarea's text by the program rather than by typing. Through the
 * browser's editing command when it can, so that Ctrl+Z undoes them like any typing; otherwise
 * through onChange, with the caret put back after the change once the new value is in.
 */
export function useTextReplacement(value: string, onChange: (value: string) => void): TextReplacement {
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const valueRef = useRef(value)
  const onChangeRef = useRef(onChange)
  const pendingCaret = useRef<number | null>(null)

  useLayoutEffect(() => {
    valueRef.current = value
    onChangeRef.current = onChange
  })

  // After an applied change that went through the controlled value, put the caret after it.
  useLayoutEffect(() => {
    const caret = pendingCaret.current
    const textarea = textareaRef.current
    if (caret === null || !textarea || textarea.value !== value) return
    pendingCaret.current = null
    textarea.setSelectionRange(caret, caret)
  }, [value])

  const replaceRange = useCallback((start: number, end: number, replacement: string): string => {
    const current = valueRef.current
    const next = current.slice(0, start) + replacement + current.slice(end)
    const textarea = textareaRef.current
    const caret = start + replacement.length
    // On touch screens, focusing the textarea would pop the keyboard up: change the value directly.
    const touch = window.matchMedia?.('(pointer: coarse)').matches ?? false
    let done = false
    if (textarea && !touch && typeof document.execCommand === 'function') {
      textarea.focus({ preventScroll: true })
      textarea.setSelectionRange(start, end)
      try {
        done = document.execCommand(replacement === '' ? 'delete' : 'insertText', false, replacement)
      } catch {
        done = false
      }
      done = done && textarea.value === next
      if (done) textarea.setSelectionRange(caret, caret)
    }
    if (!done) {
      pendingCaret.current = caret
      onChangeRef.current(next)
    }
    valueRef.current = next
    return next
  }, [])

  return { textareaRef, valueRef, replaceRange }
}
