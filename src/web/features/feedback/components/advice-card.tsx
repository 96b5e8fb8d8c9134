import { useTranslation } from 'react-i18next'
import type { FeedbackResponse } from '../../../../shared/schemas/feedback'
import { useFormatDate } from '../../../lib/dates'
import { useLanguage } from '../../../lib/use-language'

type Props = {
  advice: FeedbackResponse['advice']
  excluded: ReadonlySet<number>
  onToggle: (index: number) => void
}

/** What to expect from this round, by when to ask, and what to ask about. */
export function AdviceCard({ advice, excluded, onToggle }: Props) {
  const { t } = useTranslation('feedback')
  const lang = useLanguage()
  const formatDate = useFormatDate()
  const date = formatDate(advice.askBy)
  const past = new Date(advice.askBy).getTime() < Date.now()
  return (
    <section className="card" aria-labelledby="fb-advice-title">
      <h2 className="section-title" id="fb-advice-title">
        {t('advice.title')}
      </h2>
      <p>{advice.expectationText[lang]}</p>
      <p className="fb-ask-by">
        <strong>{past ? t('advice.askByPast', { date }) : t('advice.askBy', { date })}</strong>
      </p>
      {advice.points.length > 0 ? (
        <fieldset className="fb-points">
          <legend className="fb-points__legend">{t('advice.points')}</legend>
          <p className="field__hint" id="fb-points-hint">
            {t('advice.pointsHint')}
          </p>
          <ul className="fb-points__list">
            {advice.points.map((point, index) => (
              <li key={point.en}>
                <label className="fb-check">
                  <input
                    type="checkbox"
                    checked={!excluded.has(index)}
                    aria-describedby="fb-points-hint"
                    onChange={() => onToggle(index)}
                  />
                  <span>{point[lang]}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
    </section>
  )
}
