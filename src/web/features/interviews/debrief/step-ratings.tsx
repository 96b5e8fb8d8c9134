import { useTranslation } from 'react-i18next'
import { RATING_LABELS, RATINGS } from '../../../../domain/debrief'
import { Scale } from '../../../components/ui/scale'
import { useLabel } from '../components/labels'
import type { StepProps } from './step-types'

export function RatingsStep({ content, edit }: StepProps) {
  const { t } = useTranslation('debrief')
  const label = useLabel()
  return (
    <div className="step-body">
      {RATINGS.map((rating) => (
        <Scale
          key={rating}
          legend={label(RATING_LABELS[rating])}
          legendClassName="chips-group__legend step-question"
          ends={[t('ratings.low'), t('ratings.high')]}
          value={content.ratings[rating]}
          onChange={(value) => edit((c) => ({ ...c, ratings: { ...c.ratings, [rating]: value } }))}
        />
      ))}
    </div>
  )
}
