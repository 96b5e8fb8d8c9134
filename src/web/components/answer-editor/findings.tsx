import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnswerAnalysis, Span } from '../../../domain/analysis'
import { Quote } from './quote'

type Heading = 'h2' | 'h3' | 'h4'

const CATEGORIES = [
  { key: 'filler', spans: (a: AnswerAnalysis) => a.fillers },
  { key: 'hedge', spans: (a: AnswerAnalysis) => a.hedges },
  { key: 'self', spans: (a: AnswerAnalysis) => a.selfDeprecation },
] as const

/** Distinct wordings, in order of first appearance, with how many times each occurs. */
function distinct(spans: readonly Span[]): { text: string; count: number }[] {
  const byKey = new Map<string, { text: string; count: number }>()
  for (const span of spans) {
    const key = span.text.toLocaleLowerCase()
    const seen = byKey.get(key)
    if (seen) seen.count++
    else byKey.set(key, { text: span.text, count: 1 })
  }
  return [...byKey.values()]
}

type FindingsProps = { analysis: AnswerAnalysis; heading: Heading; headingId: string }

/** The legend of the highlights, and what they mark, in words: what screen readers get. */
export const Findings = memo(function Findings({ analysis, heading: H, headingId }: FindingsProps) {
  const { t } = useTranslation('analyzer')
  return (
    <section className="analysis-card" aria-labelledby={headingId}>
      <H className="analysis-card__title" id={headingId}>
        {t('findings.heading')}
      </H>
      <ul className="findings">
        {CATEGORIES.map(({ key, spans }) => {
          const found = spans(analysis)
          const items = distinct(found)
          return (
            <li key={key} className="finding" data-kind={key}>
              <p className="finding__name">
                <span className={`hl hl--${key} finding__sample`}>{t(`findings.${key}.name`)}</span>{' '}
                <span className="finding__style">({t(`findings.${key}.style`)})</span>
              </p>
              <p className="finding__found">
                {t(`findings.${key}.count`, { count: found.length })}
                {items.length > 0 ? t('findings.colon') : null}
                {items.map((item, index) => (
                  <span key={item.text.toLocaleLowerCase()}>
                    {index > 0 ? ', ' : null}
                    <Quote lang={analysis.lang}>{item.text}</Quote>
                    {item.count > 1 ? ` ${t('findings.times', { count: item.count })}` : null}
                  </span>
                ))}
              </p>
              <p className="finding__about">{t(`findings.${key}.about`)}</p>
            </li>
          )
        })}
      </ul>
    </section>
  )
})
