import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { DebriefContent } from '../../../../domain/debrief'
import { feedbackAdvice } from '../../../../domain/feedback'
import { cardsFromDebrief } from '../../../../domain/rehearsal/cards'
import type { Interview } from '../../../../shared/schemas/interviews'
import { buttonClass } from '../../../components/ui/button'
import { useLabel } from '../components/labels'

type NextStepsProps = { interview: Interview; content: DebriefContent }

/**
 * Where the debrief leads, with only what applies: rehearsing the questions flagged (as many cards
 * as the deck holds from it), asking for feedback (with what to expect at this round), recording
 * the company's answer while it is awaited, and preparing the next round unless the door closed.
 */
export function NextSteps({ interview, content }: NextStepsProps) {
  const { t } = useTranslation('debrief')
  const label = useLabel()
  const cards = cardsFromDebrief(content).length
  const past = new Date(interview.date).getTime() <= Date.now()
  const advice = feedbackAdvice(interview.stage, content.causes)
  const steps = [
    cards > 0 ? (
      <li key="rehearse" className="summary-next__item">
        <Link to="/rehearsal" className={buttonClass('primary')}>
          {t('summary.next.rehearse', { count: cards })}
        </Link>
        <p className="muted small">{t('summary.next.rehearseHint')}</p>
      </li>
    ) : null,
    past ? (
      <li key="feedback" className="summary-next__item">
        <Link to={`/interviews/${interview.id}/feedback`} className={buttonClass('secondary')}>
          {t('summary.next.feedback')}
        </Link>
        <p className="muted small">{label(advice.expectation)}</p>
      </li>
    ) : null,
    past && interview.outcome === 'pending' ? (
      <li key="outcome" className="summary-next__item">
        <Link to={`/interviews/${interview.id}#detail-outcome`} className={buttonClass('secondary')}>
          {t('summary.next.outcome')}
        </Link>
        <p className="muted small">{t('summary.next.outcomeHint')}</p>
      </li>
    ) : null,
    interview.outcome !== 'rejected' ? (
      <li key="next-round" className="summary-next__item">
        <Link to="/interviews/new" className={buttonClass('secondary')}>
          {t('summary.next.nextRound')}
        </Link>
        <p className="muted small">{t('summary.next.nextRoundHint')}</p>
      </li>
    ) : null,
  ].filter(Boolean)
  if (steps.length === 0) return null
  return (
    <section className="summary__section summary-next no-print" aria-labelledby="summary-next">
      <h2 className="section-title" id="summary-next">
        {t('summary.next.title')}
      </h2>
      <ol className="summary-next__list">{steps}</ol>
    </section>
  )
}
