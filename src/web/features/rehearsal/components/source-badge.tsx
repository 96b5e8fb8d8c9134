import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CardView } from '../../../../shared/schemas/rehearsal'

/** Where a card comes from; a card born from a debrief links back to its interview. */
export function SourceBadge({ card }: { card: Pick<CardView, 'source' | 'interviewId'> }) {
  const { t } = useTranslation('rehearsal')
  const label = t(`sources.${card.source}`)
  if (card.source === 'debrief' && card.interviewId) {
    return (
      <Link to={`/interviews/${card.interviewId}`} className="r-tag r-tag--debrief r-tag--link">
        {label}
      </Link>
    )
  }
  return <span className={`r-tag r-tag--${card.source}`}>{label}</span>
}
