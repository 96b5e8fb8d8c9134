import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnswerAnalysis } from '../../../domain/analysis'
import { durationParts } from './highlights'

type AnswerStatsProps = {
  id: string
  length: number
  maxLength: number
  analysis: AnswerAnalysis | null
  langChosen: boolean
}

/** Words, speaking time, the language analysed and, near the limit, the characters left. */
export const AnswerStats = memo(function AnswerStats({
  id,
  length,
  maxLength,
  analysis,
  langChosen,
}: AnswerStatsProps) {
  const { t } = useTranslation('analyzer')
  const words = analysis?.wordCount ?? 0
  const { m, s } = durationParts(analysis?.estimatedSeconds ?? 0)
  const time =
    m === 0
      ? t('stats.seconds', { s })
      : s === 0
        ? t('stats.minutes', { m })
        : t('stats.minutesSeconds', { m, s })
  const nearLimit = length >= maxLength * 0.8
  const atLimit = length >= maxLength
  const max = maxLength
  const langName = analysis ? t(`stats.langNames.${analysis.lang}`) : ''

  return (
    <div className="answer-stats">
      <p className="answer-stats__line" id={id}>
        {analysis ? (
          <>
            <span>{t('stats.words', { count: words })}</span>
            <span className="answer-stats__sep" aria-hidden="true">
              ·
            </span>
            <span>
              <span aria-hidden="true">≈ </span>
              <span className="sr-only">{t('stats.about')} </span>
              {t('stats.spoken', { time })}
            </span>
            <span className="answer-stats__sep" aria-hidden="true">
              ·
            </span>
            <span>
              {langChosen
                ? t('stats.langChosen', { lang: langName })
                : t('stats.langDetected', { lang: langName })}
            </span>
          </>
        ) : null}
        {nearLimit ? (
          <span className="answer-stats__chars" data-full={atLimit}>
            {t('stats.characters', { count: length, max })}
          </span>
        ) : null}
      </p>
      <div role="status" className={atLimit ? 'alert alert--warning answer-stats__limit' : 'status-empty'}>
        {atLimit
          ? length > maxLength
            ? t('stats.overLimit', { max })
            : t('stats.limitReached', { max })
          : null}
      </div>
    </div>
  )
})
