import '../home.css'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { HomeResponse } from '../../../../shared/schemas/home'
import { FormAlert } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { NumberedList } from '../../../components/ui/numbered-list'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import type { PagePrefetch } from '../../../lib/query-client'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { followUpsQuery, useFollowUps } from '../api/follow-ups'
import { homeQuery, useHome } from '../api/home'
import { AwaitingAnswer } from '../components/awaiting-answer'
import { CoachFeedbackCard } from '../components/coach-feedback-card'
import { QuietCard } from '../components/quiet-card'
import { ReboundCard } from '../components/rebound-card'
import { UpcomingCards } from '../components/upcoming-cards'
import { WaitingList } from '../components/waiting-list'

const METHOD = ['capture', 'debrief', 'practice'] as const

/** Whole days since, counting a day that has just begun as one. */
const daysSince = (hours: number) => Math.max(1, Math.floor(hours / 24))

/** What Home shows, fetched as its route opens. */
export const prefetchHome: PagePrefetch = (queryClient) =>
  Promise.all([queryClient.prefetchQuery(homeQuery), queryClient.prefetchQuery(followUpsQuery)])

export function HomePage() {
  const { t } = useTranslation('home')
  const user = useCurrentUser()
  const home = useHome()
  const followUps = useFollowUps()
  const describe = useDescribeError()
  useDocumentTitle(t('title'))

  const next = home.data?.next
  const shownId = next && 'interviewId' in next ? next.interviewId : undefined
  const others = (home.data?.overdueDebriefs ?? []).filter((o) => o.interviewId !== shownId)

  return (
    <div className="page home">
      <header className="page-header">
        <h1 className="page-title">{t('heading', { name: user.displayName })}</h1>
        <p className="lead">{t('lead')}</p>
      </header>

      {home.isPending ? (
        <section className="card next-step next-step--loading" aria-busy="true">
          <span className="spinner" aria-hidden="true" />
          <span className="muted">{t('loading')}</span>
        </section>
      ) : home.isError || !next ? (
        <section className="card next-step">
          <FormAlert>{describe(home.error)}</FormAlert>
          <div className="next-step__actions">
            <Button variant="secondary" onClick={() => home.refetch()}>
              {t('retry')}
            </Button>
            <Link to="/interviews/new" className={buttonClass('primary')}>
              {t('capture')}
            </Link>
          </div>
        </section>
      ) : (
        <NextStepCard next={next} />
      )}

      {home.data ? <ReboundCard rebound={home.data.rebound} offer={home.data.reboundOffer} /> : null}

      {home.data ? <CoachFeedbackCard feedback={home.data.coachFeedback} /> : null}

      {home.data && home.data.dueCards > 0 && next?.kind !== 'rehearse_due' ? (
        <DueCards count={home.data.dueCards} />
      ) : null}

      {home.data ? <UpcomingCards upcoming={home.data.upcomingInterviews} /> : null}

      {home.data ? <AwaitingAnswer items={home.data.awaitingAnswer} /> : null}

      {others.length > 0 ? (
        <QuietCard titleId="waiting-title" title={t('waiting.title')}>
          <p className="muted">{t('waiting.body')}</p>
          <WaitingList
            items={others.map((o) => ({
              key: o.interviewId,
              to: `/interviews/${o.interviewId}/debrief`,
              company: o.company,
              detail: `${o.role} · ${t('ago', { count: daysSince(o.hoursSince) })}`,
            }))}
          />
        </QuietCard>
      ) : null}

      <FollowUps />

      {/* Shown once the cards above it are known: shown sooner, they would push it down as they come. */}
      {home.isPending || followUps.isPending ? null : <MethodCard />}
    </div>
  )
}

function MethodCard() {
  const { t } = useTranslation('home')
  return (
    <QuietCard titleId="method-title" title={t('method.title')}>
      <NumberedList
        items={METHOD.map((step) => ({
          key: step,
          content: (
            <p>
              <strong>{t(`method.${step}.title`)}</strong> {t(`method.${step}.body`)}
            </p>
          ),
        }))}
      />
    </QuietCard>
  )
}

function NextStepCard({ next }: { next: HomeResponse['next'] }) {
  const { t } = useTranslation('home')
  const formatDate = useFormatDate()
  let title: string
  let body: string
  let action: { to: string; label: string }
  let extra: string | null = null
  switch (next.kind) {
    case 'capture_first':
      title = t('next.captureFirst.title')
      body = t('next.captureFirst.body')
      action = { to: '/interviews/new', label: t('capture') }
      break
    case 'debrief_fresh':
      title = t('next.fresh.title', { company: next.company })
      body = t('next.fresh.body')
      action = { to: `/interviews/${next.interviewId}/debrief/feelings`, label: t('next.fresh.action') }
      extra = next.role
      break
    case 'debrief_overdue':
      title = t('next.overdue.title', { company: next.company })
      body = t('next.overdue.body')
      action = { to: `/interviews/${next.interviewId}/debrief`, label: t('next.overdue.action') }
      extra = `${next.role} · ${t('ago', { count: daysSince(next.hoursSince) })}`
      break
    case 'debrief_continue':
      title = t('next.continue.title', { company: next.company })
      body = t('next.continue.body', { progress: next.progress })
      action = { to: `/interviews/${next.interviewId}/debrief`, label: t('next.continue.action') }
      extra = next.role
      break
    case 'prepare_upcoming': {
      const date = formatDate(next.date, 'fullDateTime')
      title = t('next.prepare.title', { company: next.company })
      body =
        next.openActions > 0
          ? t('next.prepare.bodyActions', { date, count: next.openActions })
          : t('next.prepare.body', { date })
      action = { to: `/interviews/${next.interviewId}`, label: t('next.prepare.action') }
      extra = next.role
      break
    }
    case 'rehearse_due':
      title = t('next.rehearse.title', { count: next.count })
      body = t('next.rehearse.body')
      action = { to: '/rehearsal', label: t('next.rehearse.action') }
      break
    case 'resolve_conflict':
      title = t('next.conflict.title', { company: next.company })
      body = t('next.conflict.body', { date: formatDate(next.date, 'fullDateTime') })
      action = { to: `/interviews/${next.interviewId}`, label: t('next.conflict.action') }
      extra = next.role
      break
    case 'all_clear':
      title = t('next.allClear.title')
      body = t('next.allClear.body')
      action = { to: '/interviews/new', label: t('capture') }
      break
  }
  return (
    <section className="card next-step" aria-labelledby="next-step-title">
      <p className="next-step__eyebrow">{t('next.eyebrow')}</p>
      <h2 className="next-step__title" id="next-step-title">
        {title}
      </h2>
      {extra ? <p className="muted">{extra}</p> : null}
      <p>{body}</p>
      <div className="next-step__actions">
        <Link to={action.to} className={buttonClass('primary', 'button--large')}>
          {action.label}
        </Link>
        {action.to !== '/interviews/new' ? (
          <Link to="/interviews/new" className={buttonClass('ghost')}>
            + {t('capture')}
          </Link>
        ) : null}
      </div>
    </section>
  )
}

/** Rehearsal cards due now, when the next step is something else. */
function DueCards({ count }: { count: number }) {
  const { t } = useTranslation('home')
  return (
    <QuietCard titleId="due-title" title={t('due.title', { count })}>
      <p className="muted">{t('due.body')}</p>
      <Link to="/rehearsal" className={buttonClass('secondary')}>
        {t('due.action')}
      </Link>
    </QuietCard>
  )
}

/** Feedback requests waiting for a nudge; nothing at all when there are none. */
function FollowUps() {
  const { t } = useTranslation('feedback')
  const formatDate = useFormatDate()
  const followUps = useFollowUps().data?.followUps ?? []
  if (followUps.length === 0) return null
  return (
    <QuietCard titleId="follow-ups-title" title={t('home.title')}>
      <p className="muted">{t('home.body')}</p>
      <WaitingList
        items={followUps.map((f) => ({
          key: f.interviewId,
          to: `/interviews/${f.interviewId}/feedback`,
          company: f.company,
          detail: `${f.role} · ${t('home.due', { date: formatDate(f.followUpAt) })}`,
        }))}
      />
    </QuietCard>
  )
}

export { HomePage as Component, prefetchHome as prefetch }
