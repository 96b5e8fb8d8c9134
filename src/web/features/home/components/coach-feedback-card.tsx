import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { HomeResponse } from '../../../../shared/schemas/home'

type Feedback = HomeResponse['coachFeedback']
type Latest = Feedback['latest'][number]

/** Where an item of feedback is read: the debrief's summary, or the rehearsal card. */
const pathOf = (item: Latest['item']): string | null =>
  item === null
    ? null
    : item.kind === 'debrief'
      ? `/interviews/${encodeURIComponent(item.id)}/summary#feedback`
      : `/rehearsal/cards/${encodeURIComponent(item.id)}#feedback`

/** "New feedback from your coach": how much is unread, and the latest few, each a link to where it sits. */
export function CoachFeedbackCard({ feedback }: { feedback: Feedback }) {
  const { t } = useTranslation('home')
  if (feedback.unread === 0) return null
  return (
    <section className="card card--quiet home-coach-feedback" aria-labelledby="home-coach-feedback-title">
      <h2 className="section-title" id="home-coach-feedback-title">
        {t('coachFeedback.title')}
      </h2>
      <p className="muted">{t('coachFeedback.body', { count: feedback.unread })}</p>
      <ul className="home-coach-feedback__list">
        {feedback.latest.map((entry) => {
          const path = pathOf(entry.item)
          return (
            <li key={`${entry.kind}-${entry.id}`}>
              <strong>{t(`coachFeedback.${entry.kind}`, { name: entry.author.displayName })}</strong>
              {entry.excerpt ? (
                <span className="home-coach-feedback__excerpt">
                  {' '}
                  {t('coachFeedback.quote', { text: entry.excerpt })}
                </span>
              ) : null}
              {path ? (
                <>
                  {' '}
                  <Link to={path}>{t('coachFeedback.open')}</Link>
                </>
              ) : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
