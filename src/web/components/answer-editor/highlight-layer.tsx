import { memo, type ReactNode } from 'react'
import { type HighlightKind, type Range, segmentsOf } from './highlights'

type HighlightLayerProps = {
  text: string
  layers: Partial<Record<HighlightKind, readonly Range[]>>
}

/**
 * The layer under the textarea: the same text, laid out with the same metrics but invisible,
 * with highlights behind the words. It also gives the field its height, so the textarea never
 * scrolls on its own and the two stay aligned. Hidden from assistive technologies, which get
 * the findings as lists instead.
 */
export const HighlightLayer = memo(function HighlightLayer({ text, layers }: HighlightLayerProps) {
  const segments = segmentsOf(text.length, layers)
  return (
    <div className="answer-editor__text answer-editor__backdrop" aria-hidden="true">
      {segments.map((segment) => {
        const part = text.slice(segment.start, segment.end)
        let node: ReactNode = part
        for (let i = segment.kinds.length - 1; i >= 0; i--) {
          const kind = segment.kinds[i]
          node = (
            <span className={`hl hl--${kind}`} data-active={kind === 'active' ? '' : undefined}>
              {node}
            </span>
          )
        }
        return segment.kinds.length > 0 ? <span key={segment.start}>{node}</span> : part
      })}
      {/* Gives a trailing line break its own line, as the textarea does. */}
      {'\u200b'}
    </div>
  )
})
