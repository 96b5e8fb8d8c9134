import { memo, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnswerAnalysis } from '../../../domain/analysis'

type AssertivenessPanelProps = { analysis: AnswerAnalysis; heading: 'h2' | 'h3' | 'h4'; headingId: string }

/** How assertive the answer sounds (a gauge, in words too), and whether it says "I" or "we". */
export const AssertivenessPanel = memo(function AssertivenessPanel({
  analysis,
  heading: H,
  headingId,
}: AssertivenessPanelProps) {
  const { t } = useTranslation('analyzer')
  const labelId = useId()
  const { score, level } = analysis.assertiveness
  const levelText = t(`assertiveness.levels.${level}`)
  const { singular, plural, verdict } = analysis.ownership
  const Sub = H === 'h2' ? 'h3' : H === 'h3' ? 'h4' : 'h5'
  return (
    <section className="analysis-card" aria-labelledby={headingId}>
      <H className="analysis-card__title" id={headingId}>
        {t('assertiveness.heading')}
      </H>
      <div className="gauge" data-level={level}>
        <p className="gauge__label" id={labelId}>
          {t('assertiveness.label')}
        </p>
        <meter
          className="gauge__meter"
          aria-labelledby={labelId}
          min={0}
          max={100}
          low={40}
          high={70}
          optimum={100}
          value={score}
          aria-valuetext={t('assertiveness.value', { score, level: levelText })}
        />
        <p className="gauge__value" aria-hidden="true">
          <span className="gauge__score">{score}</span>
          <span className="gauge__max">/100</span>
          <span className="gauge__level">{levelText}</span>
        </p>
      </div>
      <p className="analysis-card__note">{t('assertiveness.about')}</p>
      <Sub className="analysis-card__subtitle">{t('assertiveness.ownershipHeading')}</Sub>
      <p>{t(`assertiveness.ownership.${verdict}`)}</p>
      <p className="analysis-card__note">{t('assertiveness.counts', { singular, plural })}</p>
    </section>
  )
})
