import '../rebound.css'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useParams } from 'react-router'
import { REBOUND_WINDOW_HOURS } from '../../../../domain/progress/rebound'
import { FormAlert } from '../../../components/ui/alert'
import { BackLink } from '../../../components/ui/back-link'
import { Button, buttonClass } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { type Rebound, useRebound } from '../api/get-rebound'
import { CloseSection } from '../components/close-section'
import { LearnedSection } from '../components/learned-section'
import { MoodSection } from '../components/mood-section'
import { PlanSection } from '../components/plan-section'

const HOUR_MS = 3_600_000

/** Whole hours left in the 48-hour window, or null once it has passed. */
function hoursLeft(rebound: Rebound, now: number): number | null {
  const left = Date.parse(rebound.createdAt) + REBOUND_WINDOW_HOURS * HOUR_MS - now
  return left > 0 ? Math.ceil(left / HOUR_MS) : null
}

/** Arriving at `#plan` (a rejection recorded in one tap): the plan's title at the top, focused. */
function usePlanAtTop(ready: boolean) {
  const { hash } = useLocation()
  useEffect(() => {
    if (!ready || hash !== '#plan') return
    const title = document.getElementById(PLAN_TITLE_ID)
    if (!title) return
    title.setAttribute('tabindex', '-1')
    title.closest('section')?.scrollIntoView({ block: 'start' })
    title.focus({ preventScroll: true })
  }, [ready, hash])
}

const PLAN_TITLE_ID = 'rebound-plan-title'

/** The 48 hours after a rejection: the small plan first, then how it feels and one thing learned. Saved as it changes. */
export function ReboundPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('rebound')
  const describe = useDescribeError()
  const query = useRebound(id)
  const rebound = query.data
  useDocumentTitle(rebound ? t('titleWith', { company: rebound.company }) : t('title'))
  usePlanAtTop(rebound !== undefined)

  if (query.isPending) return <PageLoading label={t('loading')} />
  if (query.isError || !rebound) {
    const missing = isApiError(query.error, 404)
    return (
      <div className="page rebound">
        <BackLink to="/home">{t('backHome')}</BackLink>
        <h1 className="page-title">{missing ? t('notFoundTitle') : t('loadError')}</h1>
        {missing ? (
          <>
            <p>{t('notFoundBody')}</p>
            <div className="rebound-actions">
              <Link to="/home" className={buttonClass('primary')}>
                {t('toHome')}
              </Link>
              <Link to="/interviews" className={buttonClass('ghost')}>
                {t('toInterviews')}
              </Link>
            </div>
          </>
        ) : (
          <>
            <FormAlert>{describe(query.error)}</FormAlert>
            <Button variant="secondary" className="rebound-start" onClick={() => query.refetch()}>
              {t('retry')}
            </Button>
          </>
        )}
      </div>
    )
  }

  const left = hoursLeft(rebound, Date.now())
  return (
    <div className="page rebound">
      <header className="page-header">
        {rebound.interviewId ? (
          <BackLink to={`/interviews/${encodeURIComponent(rebound.interviewId)}`}>
            {t('backToInterview')}
          </BackLink>
        ) : (
          <BackLink to="/home">{t('backHome')}</BackLink>
        )}
        <p className="rebound-eyebrow">{t('eyebrow')}</p>
        <h1 className="page-title">{t('heading', { company: rebound.company })}</h1>
        <p className="lead">{rebound.role}</p>
        {rebound.closedAt ? null : (
          <p className="rebound-intro__time">
            {left === null ? t('time.over') : t('time.left', { count: left })}
          </p>
        )}
      </header>

      {/* The plan opens the page: it is what the next 48 hours are for. */}
      <PlanSection key={`plan-${rebound.id}`} rebound={rebound} />

      <section className="card card--quiet rebound-intro" aria-label={t('title')}>
        <p className="rebound-intro__first">{t('intro.hurts')}</p>
        <p>{t('intro.worth')}</p>
        <p>{t('intro.plan')}</p>
      </section>

      <MoodSection key={`mood-${rebound.id}`} rebound={rebound} />
      <LearnedSection key={`learned-${rebound.id}`} rebound={rebound} />
      <CloseSection rebound={rebound} />
    </div>
  )
}

export { ReboundPage as Component }
