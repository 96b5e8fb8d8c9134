import { memo, type RefObject, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnswerAnalysis, Span, Suggestion } from '../../../domain/analysis'
import { useLanguage } from '../../lib/use-language'
import { Button } from '../ui/button'
import { previewChange } from './highlights'
import { excerpt, Quote } from './quote'

const SHOWN_AT_FIRST = 6

export type EditStatus = { message: string; canUndo: boolean }

type SuggestionListProps = {
  analysis: AnswerAnalysis
  analyzedText: string
  heading: 'h2' | 'h3' | 'h4'
  headingId: string
  status: EditStatus | null
  undoRef: RefObject<HTMLButtonElement | null>
  sectionRef: RefObject<HTMLElement | null>
  onApply: (suggestion: Suggestion) => void
  onUndo: () => void
  onShow: (span: Span) => void
  onLook: (span: Span | null) => void
}

/** The analyzer's advice, in the interface language, each pointing at its passage. */
export const SuggestionList = memo(function SuggestionList({
  analysis,
  analyzedText,
  heading: H,
  headingId,
  status,
  undoRef,
  sectionRef,
  onApply,
  onUndo,
  onShow,
  onLook,
}: SuggestionListProps) {
  const { t } = useTranslation('analyzer')
  const ui = useLanguage()
  const [expanded, setExpanded] = useState(false)
  const { suggestions } = analysis
  const shown = expanded ? suggestions : suggestions.slice(0, SHOWN_AT_FIRST)
  const hidden = suggestions.length - shown.length

  return (
    <section
      className="analysis-card analysis-card--wide"
      aria-labelledby={headingId}
      ref={sectionRef}
      tabIndex={-1}
    >
      <H className="analysis-card__title" id={headingId}>
        {t('suggestions.heading')}
      </H>
      <p className="analysis-card__intro">{t('suggestions.count', { count: suggestions.length })}</p>
      <div role="status" className={status ? 'edit-status' : 'status-empty'}>
        {status ? (
          <>
            <span>{status.message}</span>
            {status.canUndo ? (
              <Button variant="ghost" className="edit-status__undo" ref={undoRef} onClick={onUndo}>
                {t('suggestions.undo')}
              </Button>
            ) : null}
          </>
        ) : null}
      </div>
      {suggestions.length > 0 ? (
        <ol className="suggestions">
          {shown.map((suggestion, index) => {
            const number = index + 1
            return (
              <li
                key={`${suggestion.kind}-${suggestion.span.start}-${suggestion.span.end}`}
                className="suggestion"
                onMouseEnter={() => onLook(suggestion.span)}
                onMouseLeave={() => onLook(null)}
                onFocus={() => onLook(suggestion.span)}
                onBlur={() => onLook(null)}
              >
                <p className="suggestion__kind">{t(`suggestions.kinds.${suggestion.kind}`)}</p>
                <p className="suggestion__message">{suggestion.message[ui]}</p>
                {suggestion.rewrite !== undefined ? (
                  <ChangePreviewText
                    text={analyzedText}
                    span={suggestion.span}
                    rewrite={suggestion.rewrite}
                    lang={analysis.lang}
                    labels={{
                      change: t('suggestions.change'),
                      removed: t('suggestions.removed'),
                      added: t('suggestions.added'),
                    }}
                  />
                ) : (
                  <p className="suggestion__passage">
                    <span className="sr-only">{t('suggestions.passage')} </span>
                    <Quote lang={analysis.lang}>{excerpt(suggestion.span.text)}</Quote>
                  </p>
                )}
                <div className="suggestion__actions">
                  {suggestion.rewrite !== undefined ? (
                    <Button variant="secondary" className="button--small" onClick={() => onApply(suggestion)}>
                      {t('suggestions.apply')}
                      <span className="sr-only"> {t('suggestions.applyTarget', { index: number })}</span>
                    </Button>
                  ) : null}
                  <Button
                    variant="ghost"
                    className="button--small suggestion__show"
                    onClick={() => onShow(suggestion.span)}
                  >
                    {t('suggestions.show')}
                    <span className="sr-only"> {t('suggestions.showTarget', { index: number })}</span>
                  </Button>
                </div>
              </li>
            )
          })}
        </ol>
      ) : null}
      {suggestions.length > SHOWN_AT_FIRST ? (
        <Button variant="ghost" className="suggestions__more" onClick={() => setExpanded((open) => !open)}>
          {expanded ? t('suggestions.showLess') : t('suggestions.showMore', { count: hidden })}
        </Button>
      ) : null}
    </section>
  )
})

type ChangePreviewTextProps = {
  text: string
  span: Span
  rewrite: string
  lang: string
  labels: { change: string; removed: string; added: string }
}

/** The passage with the change marked: struck-through words go, underlined words come. */
function ChangePreviewText({ text, span, rewrite, lang, labels }: ChangePreviewTextProps) {
  const preview = previewChange(text, span, rewrite)
  return (
    <p className="suggestion__preview">
      <span className="sr-only">{labels.change} </span>
      <span lang={lang}>
        {preview.cutBefore ? '…' : null}
        {preview.before}
        {preview.removed ? (
          <del className="suggestion__removed">
            <span className="sr-only"> ({labels.removed} </span>
            {preview.removed}
            <span className="sr-only">) </span>
          </del>
        ) : null}
        {preview.inserted ? (
          <ins className="suggestion__inserted">
            <span className="sr-only"> ({labels.added} </span>
            {preview.inserted}
            <span className="sr-only">) </span>
          </ins>
        ) : null}
        {preview.after}
        {preview.cutAfter ? '…' : null}
      </span>
    </p>
  )
}
