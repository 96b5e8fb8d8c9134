import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { RUBRIC_CRITERIA } from '../../../domain/sharing'
import type { RatingView } from '../../../shared/schemas/review'
import { numberFormat } from '../../lib/numbers'
import { useLanguage } from '../../lib/use-language'

/**
 * A coach's rubric on an answer, as both sides read it: who rated (or "Your rating"), the mean, the four
 * scores and the sentence that goes with them.
 */
export function RatingCard({
  rating,
  who,
  where,
  badge,
  label,
}: {
  rating: RatingView
  who: string
  /** The answer it is about, where the list mixes several. */
  where?: string | undefined
  badge?: ReactNode
  label?: string
}) {
  const { t } = useTranslation('coaching')
  const language = useLanguage()
  return (
    <article className="coaching-rating" aria-label={label}>
      {where ? <p className="coaching-comment__where muted">{where}</p> : null}
      <p className="coaching-comment__meta">
        <strong>{who}</strong>
        <span className="muted">
          {' '}
          · {t('rating.mean', { mean: numberFormat(language).format(rating.mean) })}
        </span>
        {badge}
      </p>
      <dl className="coaching-rating__scores">
        {RUBRIC_CRITERIA.map((criterion) => (
          <div key={criterion}>
            <dt>{t(`rubric.${criterion}`)}</dt>
            <dd>{t('rating.score', { score: rating[criterion] })}</dd>
          </div>
        ))}
      </dl>
      {rating.note ? <p className="coaching-comment__body">{rating.note}</p> : null}
    </article>
  )
}
