import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnswerAnalysis, StarPart } from '../../../domain/analysis'
import { excerpt, Quote } from './quote'

const PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result']
const EVIDENCE_SHOWN = 2

type StarChecklistProps = { analysis: AnswerAnalysis; heading: 'h2' | 'h3' | 'h4'; headingId: string }

/** Situation, task, action, result: which parts the answer has, with the words that show it. */
export const StarChecklist = memo(function StarChecklist({
  analysis,
  heading: H,
  headingId,
}: StarChecklistProps) {
  const { t } = useTranslation('analyzer')
  return (
    <section className="analysis-card analysis-card--wide" aria-labelledby={headingId}>
      <H className="analysis-card__title" id={headingId}>
        {t('star.heading')}
      </H>
      <p className="analysis-card__intro">{t('star.intro')}</p>
      <ul className="star-list">
        {PARTS.map((part) => {
          const found = analysis.star[part]
          const evidence = analysis.starEvidence[part]
          const more = evidence.length - EVIDENCE_SHOWN
          return (
            <li key={part} className="star-item" data-found={found}>
              <StarMark found={found} />
              <div className="star-item__body">
                <p className="star-item__head">
                  <strong>{t(`star.parts.${part}`)}</strong>
                  {t('findings.colon')}
                  <span className="star-item__status">
                    {found ? t(`star.found.${part}`) : t('star.missing')}
                  </span>
                </p>
                {found ? (
                  <p className="star-item__evidence">
                    {evidence.slice(0, EVIDENCE_SHOWN).map((span, index) => (
                      <span key={span.start}>
                        {index > 0 ? ', ' : null}
                        <Quote lang={analysis.lang}>{excerpt(span.text, 60)}</Quote>
                      </span>
                    ))}
                    {more > 0 ? ` ${t('star.more', { count: more })}` : null}
                  </p>
                ) : (
                  <p className="star-item__hint">{t(`star.hints.${part}`)}</p>
                )}
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
})

function StarMark({ found }: { found: boolean }) {
  return (
    <svg className="star-item__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {found ? (
        <>
          <circle cx="10" cy="10" r="9" className="star-item__disc" />
          <path
            d="M5.8 10.4l2.8 2.8 5.6-6"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
            className="star-item__check"
          />
        </>
      ) : (
        <circle
          cx="10"
          cy="10"
          r="8"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeDasharray="3 2.4"
        />
      )}
    </svg>
  )
}
