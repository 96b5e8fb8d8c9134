import type { ReactNode } from 'react'
import type { Language } from '../../../../shared/schemas/common'
import type { CardView } from '../../../../shared/schemas/rehearsal'
import { useCategoryLabel } from './categories'
import { SourceBadge } from './source-badge'

type QuestionItemProps = {
  /** A card of the deck shows where it comes from; a question of the bank does not. */
  card?: Pick<CardView, 'source' | 'interviewId'>
  category: string
  lang: Language
  question: ReactNode
  className?: string
  children: ReactNode
}

/** A question in a list (deck, bank, before an interview): its tags, its words, then what goes with it. */
export function QuestionItem({
  card,
  category,
  lang,
  question,
  className = 'r-item',
  children,
}: QuestionItemProps) {
  const categoryLabel = useCategoryLabel()
  return (
    <article className={className}>
      <p className="r-item__tags">
        {card ? <SourceBadge card={card} /> : null}
        <span className="r-item__category">{categoryLabel(category)}</span>
      </p>
      <h2 className="r-item__question" lang={lang}>
        {question}
      </h2>
      {children}
    </article>
  )
}
