import './answer-editor.css'
import './locales'
import { type ChangeEvent, type ReactNode, useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnswerAnalysis, Lang, Span } from '../../../domain/analysis'
import { MAX_ANSWER_LENGTH } from '../../../domain/answer-limits'
import { AnswerStats } from './answer-stats'
import { AssertivenessPanel } from './assertiveness-panel'
import { Findings } from './findings'
import { HighlightLayer } from './highlight-layer'
import { type HighlightKind, type Range, remapRanges } from './highlights'
import { StarChecklist } from './star-checklist'
import { SuggestionList } from './suggestion-list'
import { useAnswerAnalysis } from './use-answer-analysis'
import { useShownPassage } from './use-shown-passage'
import { useSuggestionEdits } from './use-suggestion-edits'
import { useTextReplacement } from './use-text-replacement'

export type AnswerEditorProps = {
  id: string
  label: ReactNode
  value: string
  onChange: (value: string) => void
  /** The language the answer is written in; detected from the text when not given. */
  lang?: Lang | undefined
  /** The text came from speech recognition: it is analysed as a spoken transcript. */
  transcript?: boolean | undefined
  hint?: ReactNode
  placeholder?: string
  maxLength?: number
  /** Level of the headings of the analysis cards, to fit the page around the editor. */
  headingLevel?: 2 | 3 | 4
}

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
  transcript,
  hint,
  placeholder,
  maxLength = MAX_ANSWER_LENGTH,
  headingLevel = 2,
}: AnswerEditorProps) {
  const { t } = useTranslation('analyzer')
  const baseId = useId()
  const heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4'
  const { analysis, analyzedText } = useAnswerAnalysis(value, lang, transcript)
  const text = useTextReplacement(value, onChange)
  const passage = useShownPassage(analyzedText, text)
  const edits = useSuggestionEdits(value, analyzedText, text, passage.clear)
  const layers = useHighlightLayers(analysis, analyzedText, value, passage.active)
  const empty = value.trim() === ''

  function handleChange(event: ChangeEvent<HTMLTextAreaElement>) {
    // Typing ends what an applied change said (apply and undo set their own message afterwards).
    passage.unshow()
    edits.forget()
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
        <div className="answer-editor__field" ref={passage.fieldRef}>
          <HighlightLayer text={value} layers={layers} />
          <textarea
            ref={text.textareaRef}
            id={id}
            className="answer-editor__text answer-editor__input"
            value={value}
            onChange={handleChange}
            onBlur={passage.unshow}
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
            status={edits.status}
            undoRef={edits.undoRef}
            sectionRef={edits.listRef}
            onApply={edits.apply}
            onUndo={edits.undo}
            onShow={passage.show}
            onLook={passage.look}
          />
        </section>
      )}
    </div>
  )
}

/** The highlights follow the analysis, moved onto the text being typed if it is a keystroke ahead. */
function useHighlightLayers(
  analysis: AnswerAnalysis | null,
  analyzedText: string,
  value: string,
  active: Span | null,
): Partial<Record<HighlightKind, readonly Range[]>> {
  return useMemo(() => {
    const out: Partial<Record<HighlightKind, readonly Range[]>> = {}
    if (!analysis) return out
    out.filler = remapRanges(analysis.fillers, analyzedText, value)
    out.hedge = remapRanges(analysis.hedges, analyzedText, value)
    out.self = remapRanges(analysis.selfDeprecation, analyzedText, value)
    if (active) out.active = remapRanges([active], analyzedText, value)
    return out
  }, [analysis, analyzedText, value, active])
}
