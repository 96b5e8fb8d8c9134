import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Suggestion } from '../../../domain/analysis'
import { keepSentenceCapital, remapRanges } from './highlights'
import type { EditStatus } from './suggestion-list'
import type { TextReplacement } from './use-text-replacement'

type LastChange = { start: number; removed: string; inserted: string; result: string }

/**
 * Suggestions applied in one click, and the last one undone from the list: what was changed,
 * what the list says about it, and where the focus goes (the Undo button, or the list).
 */
export function useSuggestionEdits(
  value: string,
  analyzedText: string,
  { valueRef, replaceRange }: TextReplacement,
  onApplied: () => void,
) {
  const { t } = useTranslation('analyzer')
  const undoRef = useRef<HTMLButtonElement>(null)
  const listRef = useRef<HTMLElement>(null)
  const [lastChange, setLastChange] = useState<LastChange | null>(null)
  const [status, setStatus] = useState<EditStatus | null>(null)
  const [focusUndo, setFocusUndo] = useState(false)

  // Any other edit makes the last applied change no longer undoable from here (Ctrl+Z still is).
  useEffect(() => {
    if (lastChange && value !== lastChange.result) {
      setLastChange(null)
      setStatus(null)
    }
  }, [value, lastChange])

  useEffect(() => {
    if (!focusUndo) return
    setFocusUndo(false)
    if (undoRef.current) undoRef.current.focus({ preventScroll: true })
    else listRef.current?.focus({ preventScroll: true })
  }, [focusUndo])

  const apply = useCallback(
    (suggestion: Suggestion) => {
      const { span, rewrite } = suggestion
      if (rewrite === undefined) return
      // The suggestion describes the analysed text; apply it only where that text still stands.
      const [range] = remapRanges([span], analyzedText, valueRef.current)
      if (!range || valueRef.current.slice(range.start, range.end) !== span.text) return
      const edit = keepSentenceCapital(valueRef.current, range, rewrite)
      const removed = valueRef.current.slice(edit.start, edit.end)
      const result = replaceRange(edit.start, edit.end, edit.rewrite)
      onApplied()
      setLastChange({ start: edit.start, removed, inserted: edit.rewrite, result })
      setStatus({ message: t('suggestions.applied'), canUndo: true })
      setFocusUndo(true)
    },
    [analyzedText, valueRef, replaceRange, onApplied, t],
  )

  const undo = useCallback(() => {
    const change = lastChange
    if (!change || valueRef.current !== change.result) return
    replaceRange(change.start, change.start + change.inserted.length, change.removed)
    setLastChange(null)
    setStatus({ message: t('suggestions.undone'), canUndo: false })
    listRef.current?.focus({ preventScroll: true })
  }, [lastChange, valueRef, replaceRange, t])

  /** Typing ends what an applied change said (apply and undo set their own message afterwards). */
  const forget = useCallback(() => {
    setStatus(null)
    setLastChange(null)
  }, [])

  return { status, undoRef, listRef, apply, undo, forget }
}
