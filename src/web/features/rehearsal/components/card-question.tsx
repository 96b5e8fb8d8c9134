import { useTranslation } from 'react-i18next'
import type { CardView } from '../../../../shared/schemas/rehearsal'
import { useCategoryLabel } from './categories'
import { SourceBadge } from './source-badge'

/** The question to answer, with where it comes from and, folded, the hint kept with it. */
export function CardQuestion({ card, inQueue }: { card: CardView; inQueue: boolean }) {
  const { t } = useTranslation('rehearsal')
  const categoryLabel = useCategoryLabel()
  const hintLabel =
    card.source === 'debrief'
      ? t('card.hintDebrief')
      : card.source === 'bank'
        ? t('card.hintBank')
        : t('card.hintOwn')
  return (
    <section className="page-header r-question" aria-labelledby="card-question">
      <p className="r-item__tags">
        {inQueue ? <span className="r-tag r-tag--queue">{t('card.queueProgress')}</span> : null}
        <SourceBadge card={card} />
        <span className="r-item__category">{categoryLabel(card.category)}</span>
      </p>
      <h1 className="page-title r-question__text" id="card-question" lang={card.lang}>
        {card.question}
      </h1>
      {card.hint.trim() !== '' ? (
        <details className="r-details r-hint">
          <summary>{hintLabel}</summary>
          <p className="muted r-small">{t('card.hintAdvice')}</p>
          <p className="prewrap" lang={card.lang}>
            {card.hint}
          </p>
        </details>
      ) : null}
    </section>
  )
}
