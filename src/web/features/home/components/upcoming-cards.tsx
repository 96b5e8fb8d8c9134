import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { HomeResponse } from '../../../../shared/schemas/home'
import { buttonClass } from '../../../components/ui/button'
import { useFormatDate } from '../../../lib/dates'
import { QuietCard } from './quiet-card'

type Upcoming = HomeResponse['upcomingInterviews'][number]

/**
 * One card per interview to come, each opening its preparation: the soonest on its own, the
 * others after it. A round that a "Non retenu" contradicts says so, with the way to fix it.
 */
export function UpcomingCards({ upcoming }: { upcoming: readonly Upcoming[] }) {
  const { t } = useTranslation('home')
  const [soonest, ...later] = upcoming
  if (!soonest) return null
  return (
    <>
      <SoonestCard upcoming={soonest} />
      {later.length > 0 ? (
        <QuietCard titleId="upcoming-later-title" title={t('upcoming.later')}>
          <ul className="home-upcoming">
            {later.map((u) => (
              <li key={u.interviewId}>
                <LaterCard upcoming={u} />
              </li>
            ))}
          </ul>
        </QuietCard>
      ) : null}
    </>
  )
}

/** The soonest interview to come, with how far its preparation is. */
function SoonestCard({ upcoming }: { upcoming: Upcoming }) {
  const { t } = useTranslation('preparation')
  const formatDate = useFormatDate()
  return (
    <QuietCard
      titleId="upcoming-title"
      title={t('home.title', { company: upcoming.company, date: formatDate(upcoming.date) })}
    >
      <p className="muted">
        {upcoming.role} · {t('home.readiness', { percent: upcoming.readiness })}
      </p>
      <Conflict upcoming={upcoming} />
      <Link
        to={`/interviews/${upcoming.interviewId}/prep`}
        className={buttonClass('secondary', 'home-upcoming__action')}
      >
        {t('home.action')}
      </Link>
    </QuietCard>
  )
}

function LaterCard({ upcoming }: { upcoming: Upcoming }) {
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
        {t('upcoming.card', { company: upcoming.company, date: formatDate(upcoming.date, 'fullDateTime') })}
      </h3>
      <p className="muted">
        {upcoming.role} · {t('upcoming.readiness', { percent: upcoming.readiness })}
      </p>
      <Conflict upcoming={upcoming} />
      <Link
        to={`/interviews/${upcoming.interviewId}/prep`}
        className={buttonClass('secondary', 'home-upcoming__action')}
        aria-label={t('upcoming.actionLabel', { company: upcoming.company })}
      >
        {t('upcoming.action')}
      </Link>
    </article>
  )
}

/** Why this round does not add up, and where to fix it; nothing when it does. */
function Conflict({ upcoming }: { upcoming: Upcoming }) {
  const { t } = useTranslation('home')
  if (!upcoming.conflict) return null
  return (
    <p className="home-upcoming__conflict" data-testid="upcoming-conflict">
      <span aria-hidden="true">⚠ </span>
      {t(`upcoming.conflict.${upcoming.conflict}`)}{' '}
      <Link to={`/interviews/${upcoming.interviewId}`}>{t('upcoming.conflict.fix')}</Link>
    </p>
  )
}
