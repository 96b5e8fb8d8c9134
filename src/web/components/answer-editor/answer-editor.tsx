import './answer-editor.css'
import './locales'
import {
  type ChangeEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { useTranslation } from 'react-i18next'
import type { Lang, Span, Suggestion } from '../../../domain/analysis'
import { MAX_ANSWER_LENGTH } from '../../../domain/answer-limits'
import { AnswerStats } from './answer-stats'
import { AssertivenessPanel } from './assertiveness-panel'
import { Findings } from './findings'
import { HighlightLayer } from './highlight-layer'
import { type HighlightKind, keepSentenceCapital, type Range, remapRanges } from './highlights'
import { StarChecklist } from './star-checklist'
import { type EditStatus, SuggestionList } from './suggestion-list'
import { useAnswerAnalysis } from './use-answer-analysis'

export type AnswerEditorProps = {
  id: string
  label: ReactNode
  value: string
  onChange: (value: string) => void
  /** The language the answer is written in; detected from the text when not given. */
  lang?: Lang | undefined
  hint?: ReactNode
  placeholder?: string
  maxLength?: number
  /** Level of the headings of the analysis cards, to fit the page around the editor. */
  headingLevel?: 2 | 3 | 4
}

type LastChange = { start: number; removed: string; inserted: string; result: string }

/**
 * A textarea for an interview answer, analysed live in the browser as the person types:
 * highlights over the text, the STAR checklist, an assertiveness gauge and suggestions that
 * can be applied in one click. The text only changes through typing or an explicit "Apply".
 */
export function AnswerEditor({
  id,
  label,
  value,
  onChange,
  lang,
  hint,
  placeholder,
  maxLength = MAX_ANSWER_LENGTH,
  headingLevel = 2,
}: AnswerEditorProps) {
  const { t } = useTranslation('analyzer')
  const baseId = useId()
  const heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4'
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const undoRef = useRef<HTMLButtonElement>(null)
  const suggestionsRef = useRef<HTMLElement>(null)
  const fieldRef = useRef<HTMLDivElement>(null)
  const valueRef = useRef(value)
  const onChangeRef = useRef(onChange)
  const pendingCaret = useRef<number | null>(null)
  const [lastChange, setLastChange] = useState<LastChange | null>(null)
  const [status, setStatus] = useState<EditStatus | null>(null)
  const [focusUndo, setFocusUndo] = useState(false)
  const [looked, setLooked] = useState<Span | null>(null)
  const [shown, setShown] = useState<Span | null>(null)

  useLayoutEffect(() => {
    valueRef.current = value
    onChangeRef.current = onChange
  })

  const { analysis, analyzedText } = useAnswerAnalysis(value, lang)
  const empty = value.trim() === ''

  // The highlights follow the analysis, moved onto the text being typed if it is a keystroke ahead.
  const layers = useMemo(() => {
    const out: Partial<Record<HighlightKind, readonly Range[]>> = {}
    if (!analysis) return out
    out.filler = remapRanges(analysis.fillers, analyzedText, value)
    out.hedge = remapRanges(analysis.hedges, analyzedText, value)
    out.self = remapRanges(analysis.selfDeprecation, analyzedText, value)
    const active = looked ?? shown
    if (active) out.active = remapRanges([active], analyzedText, value)
    return out
  }, [analysis, analyzedText, value, looked, shown])

  // Any other edit makes the last applied change no longer undoable from here (Ctrl+Z still is).
  useEffect(() => {
    if (lastChange && value !== lastChange.result) {
      setLastChange(null)
      setStatus(null)
    }
  }, [value, lastChange])

  // After an applied change that went through the controlled value, put the caret after it.
  useLayoutEffect(() => {
    const caret = pendingCaret.current
    const textarea = textareaRef.current
    if (caret === null || !textarea || textarea.value !== value) return
    pendingCaret.current = null
    textarea.setSelectionRange(caret, caret)
  }, [value])

  useEffect(() => {
    if (!focusUndo) return
    setFocusUndo(false)
    if (undoRef.current) undoRef.current.focus({ preventScroll: true })
    else suggestionsRef.current?.focus({ preventScroll: true })
  }, [focusUndo])

  /**
   * Replaces a range of the text. Through the browser's editing command when it can, so that
   * Ctrl+Z undoes it like any typing; otherwise through onChange.
   */
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
      setLooked(null)
      setShown(null)
      setLastChange({ start: edit.start, removed, inserted: edit.rewrite, result })
      setStatus({ message: t('suggestions.applied'), canUndo: true })
      setFocusUndo(true)
    },
    [analyzedText, replaceRange, t],
  )

  const undo = useCallback(() => {
    const change = lastChange
    if (!change || valueRef.current !== change.result) return
    replaceRange(change.start, change.start + change.inserted.length, change.removed)
    setLastChange(null)
    setStatus({ message: t('suggestions.undone'), canUndo: false })
    suggestionsRef.current?.focus({ preventScroll: true })
  }, [lastChange, replaceRange, t])

  // "Show in text": select the passage in the textarea and bring it into view.
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
    [analyzedText],
  )

  const look = useCallback((span: Span | null) => setLooked(span), [])

  function handleChange(event: ChangeEvent<HTMLTextAreaElement>) {
    // Typing ends what an applied change said (apply and undo set their own message afterwards).
    setShown(null)
    setStatus(null)
    setLastChange(null)
    onChange(event.target.value)
  }

  const hintId = hint ? `${id}-hint` : undefined
  const statsId = `${id}-stats`
  const describedBy = [hintId, statsId].filter(Boolean).join(' ')
  const answerLang = lang ?? analysis?.lang

  return (
    <div className="answer-editor">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <p className="field__hint" id={hintId}>
            {hint}
          </p>
        ) : null}
        <div className="answer-editor__field" ref={fieldRef}>
          <HighlightLayer text={value} layers={layers} />
          <textarea
            ref={textareaRef}
            id={id}
            className="answer-editor__text answer-editor__input"
            value={value}
            onChange={handleChange}
            onBlur={() => setShown(null)}
            maxLength={maxLength}
            placeholder={placeholder}
            lang={answerLang}
            aria-describedby={describedBy}
            aria-invalid={value.length > maxLength ? true : undefined}
          />
        </div>
      </div>
      <AnswerStats
        id={statsId}
        length={value.length}
        maxLength={maxLength}
        analysis={empty ? null : analysis}
        langChosen={lang !== undefined}
      />
      {empty || !analysis ? (
        <p className="answer-editor__empty">{t('empty')}</p>
      ) : (
        <section className="answer-editor__analysis" aria-label={t('region')}>
          <Findings analysis={analysis} heading={heading} headingId={`${baseId}-findings`} />
          <AssertivenessPanel analysis={analysis} heading={heading} headingId={`${baseId}-assert`} />
          <StarChecklist analysis={analysis} heading={heading} headingId={`${baseId}-star`} />
          <SuggestionList
            analysis={analysis}
            analyzedText={analyzedText}
            heading={heading}
            headingId={`${baseId}-suggestions`}
            status={status}
            undoRef={undoRef}
            sectionRef={suggestionsRef}
            onApply={apply}
            onUndo={undo}
            onShow={show}
            onLook={look}
          />
        </section>
      )}
    </div>
  )
}
