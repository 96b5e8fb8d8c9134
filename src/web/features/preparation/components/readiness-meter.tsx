import { useId } from 'react'
import { useTranslation } from 'react-i18next'

type Props = { done: number; total: number; percent: number; upcoming?: boolean }

/** How much of the plan is done: a bar, the percent, and the steps in words. */
export function ReadinessMeter({ done, total, percent, upcoming = true }: Props) {
  const { t } = useTranslation('preparation')
  const labelId = useId()
  return (
    <div className="prep-meter">
      <div className="prep-meter__head">
        <span className="prep-meter__label" id={labelId}>
          {t('readiness.label')}
        </span>
        <span className="prep-meter__value" data-testid="readiness-percent">
          {t('readiness.value', { percent })}
        </span>
      </div>
      <progress
        className="prep-meter__bar"
        max={100}
        value={percent}
        aria-labelledby={labelId}
        aria-valuetext={t('readiness.valueText', { percent, done, total })}
      />
      <p className="prep-meter__steps muted small">
        {t('readiness.steps', { done, total })}
        {upcoming ? ` · ${percent >= 100 ? t('readiness.complete') : t('readiness.hint')}` : null}
      </p>
    </div>
  )
}
