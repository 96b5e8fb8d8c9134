import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { HomeResponse } from '../../../../shared/schemas/home'
import { FormAlert } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { reboundPlanPath, useStartRebound } from '../../../lib/api/start-rebound'
import { useDescribeError } from '../../../lib/error-text'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useRememberedFlag } from '../../../lib/use-remembered-flag'

type Props = { rebound: HomeResponse['rebound']; offer: HomeResponse['reboundOffer'] }

/**
 * After a rejection, one calm card: how the 48-hour plan is going, a check-in once the 48 hours
 * have passed, or the offer of a plan for a recent rejection. Nothing otherwise.
 */
export function ReboundCard({ rebound, offer }: Props) {
  if (rebound) return <FollowUpCard rebound={rebound} />
  if (offer) return <OfferCard key={offer.applicationId} offer={offer} />
  return null
}

function FollowUpCard({ rebound }: { rebound: NonNullable<HomeResponse['rebound']> }) {
  const { t } = useTranslation('home')
  const inProgress = rebound.kind === 'in_progress'
  return (
    <section className="card card--quiet home-rebound" aria-labelledby="home-rebound-title">
      <h2 className="section-title" id="home-rebound-title">
        {inProgress
          ? t('rebound.inProgress.title', { count: rebound.done, total: rebound.total })
          : t('rebound.checkIn.title')}
      </h2>
      {inProgress ? (
        <ol className="home-rebound__steps" aria-hidden="true">
          {Array.from({ length: rebound.total }, (_, i) => i + 1).map((n) => (
            <li
              key={n}
              className={
                n <= rebound.done ? 'home-rebound__dot home-rebound__dot--done' : 'home-rebound__dot'
              }
            />
          ))}
        </ol>
      ) : null}
      <p className="muted">
        {inProgress
          ? rebound.hoursLeft !== null
            ? t('rebound.inProgress.bodyHours', { company: rebound.company, count: rebound.hoursLeft })
            : t('rebound.inProgress.body', { company: rebound.company })
          : t('rebound.checkIn.body', { company: rebound.company })}
      </p>
      <Link to={`/rebound/${rebound.id}`} className={buttonClass('secondary', 'home-rebound__action')}>
        {inProgress ? t('rebound.inProgress.action') : t('rebound.checkIn.action')}
      </Link>
    </section>
  )
}

function OfferCard({ offer }: { offer: NonNullable<HomeResponse['reboundOffer']> }) {
  const { t } = useTranslation('home')
  const describe = useDescribeError()
  const navigate = useNavigate()
  const user = useCurrentUser()
  const start = useStartRebound()
  // Storage disabled: hidden for this visit only.
  const [dismissed, setDismissed] = useRememberedFlag(`${user.id}.home.rebound-offer.${offer.applicationId}`)
  if (dismissed) return null

  const dismiss = () => setDismissed(true)
  const begin = () =>
    start.mutate(
      offer.interviewId ? { interviewId: offer.interviewId } : { applicationId: offer.applicationId },
      {
        onSuccess: (rebound) => navigate(reboundPlanPath(rebound.id)),
      },
    )

  return (
    <section className="card card--quiet home-rebound" aria-labelledby="home-rebound-title">
      <h2 className="section-title" id="home-rebound-title">
        {t('rebound.offer.title', { company: offer.company })}
      </h2>
      <p className="muted">{t('rebound.offer.body')}</p>
      {start.isError ? <FormAlert>{describe(start.error)}</FormAlert> : null}
      <div className="next-step__actions">
        <Button
          variant="secondary"
          pending={start.isPending}
          pendingLabel={t('rebound.offer.starting')}
          onClick={begin}
        >
          {t('rebound.offer.start')}
        </Button>
        <Button variant="ghost" onClick={dismiss}>
          {t('rebound.offer.dismiss')}
        </Button>
      </div>
    </section>
  )
}
