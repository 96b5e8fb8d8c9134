import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { HomeResponse } from '../../../../shared/schemas/home'
import { buttonClass } from '../../../components/ui/button'
import { useFormatDate } from '../../../lib/dates'
import { QuietCard } from './quiet-card'

type Upcoming = HomeResponse['upcomingInterviews'][number]

/**
 * One card per interview to come, soonest first, each opening its preparation; a round that a
 * "Non retenu" contradicts says so, with the way to fix it.
 */
export function UpcomingCards({ upcoming }: { upcoming: readonly Upcoming[] }) {
  const { t } = useTranslation('home')
  if (upcoming.length === 0) return null
  return (
    <QuietCard titleId="upcoming-title" title={t('upcoming.title')}>
      <ul className="home-upcoming">
        {upcoming.map((u) => (
          <li key={u.interviewId}>
            <UpcomingCard upcoming={u} />
          </li>
        ))}
      </ul>
    </QuietCard>
  )
}

function UpcomingCard({ upcoming }: { upcoming: Upcoming }) {
  const { t } = useTranslation('home')
  const formatDate = useFormatDate()
  const titleId = `upcoming-${upcoming.interviewId}`
  return (
    <article
      className={
        upcoming.conflict ? 'home-upcoming__card home-upcoming__card--conflict' : 'home-upcoming__card'
      }
      aria-labelledby={titleId}
    >
      <h3 className="home-upcoming__title" id={titleId}>
        {t('upcoming.card', {
          company: upcoming.company,
          date: formatDate(upcoming.date, 'fullDateTime'),
        })}
      </h3>
      <p className="muted">
        {upcoming.role} · {t('upcoming.readiness', { percent: upcoming.readiness })}
      </p>
      {upcoming.conflict ? (
        <p className="home-upcoming__conflict" data-testid="upcoming-conflict">
          <span aria-hidden="true">⚠ </span>
          {t(`upcoming.conflict.${upcoming.conflict}`)}{' '}
          <Link to={`/interviews/${upcoming.interviewId}`}>{t('upcoming.conflict.fix')}</Link>
        </p>
      ) : null}
      <Link
        to={`/interviews/${upcoming.interviewId}/prep`}
        className={buttonClass('secondary', 'home-upcoming__action')}
        aria-label={`${t('upcoming.action')} · ${upcoming.company}`}
      >
        {t('upcoming.action')}
      </Link>
    </article>
  )
}
