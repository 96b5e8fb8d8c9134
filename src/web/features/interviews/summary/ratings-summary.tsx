import { RATING_LABELS, RATINGS } from '../../../../domain/debrief'
import { useLabel } from '../components/labels'
import { type SummaryPartProps, SummarySection } from './summary-section'

/** The self-assessment, each rating as five dots and a number. */
export function RatingsSummary(part: SummaryPartProps) {
  const { content } = part
  const label = useLabel()
  return (
    <SummarySection {...part} step="ratings" empty={RATINGS.every((r) => content.ratings[r] === null)}>
      <dl className="ratings-summary">
        {RATINGS.map((r) => (
          <div key={r} className="ratings-summary__row">
            <dt>{label(RATING_LABELS[r])}</dt>
            <dd>
              {content.ratings[r] === null ? (
                '—'
              ) : (
                <>
                  <span className="dots" aria-hidden="true">
                    {[1, 2, 3, 4, 5].map((n) => (
                      <span key={n} className={n <= (content.ratings[r] ?? 0) ? 'dot dot--on' : 'dot'} />
                    ))}
                  </span>
                  <span>{content.ratings[r]}/5</span>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </SummarySection>
  )
}
