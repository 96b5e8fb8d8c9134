import '../rebound.css'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { FormAlert } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { reboundPlanPath, useStartRebound } from '../../../lib/api/start-rebound'
import { useDescribeError } from '../../../lib/error-text'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useRememberedFlag } from '../../../lib/use-remembered-flag'
import { useRebounds } from '../api/get-rebounds'

export type RejectionOfferProps = {
  interviewId: string
  applicationId: string
  /** The interview, or its whole application, is saved as rejected. */
  rejected: boolean
}

/**
 * Where a rejection is recorded: a gentle offer of a 48-hour plan, or the way back to the plan
 * already started. "Not now" folds it into one quiet link, remembered on this device.
 * The app places it in the interview page (features do not import each other).
 */
export function RejectionOffer({ interviewId, applicationId, rejected }: RejectionOfferProps) {
  const { t } = useTranslation('rebound')
  const describe = useDescribeError()
  const navigate = useNavigate()
  const user = useCurrentUser()
  const rebounds = useRebounds(rejected)
  const start = useStartRebound()
  const [dismissed, setDismissed] = useRememberedFlag(`${user.id}.rebound-offer.${interviewId}`)
  const card = useRef<HTMLDivElement>(null)
  // Rejected during this visit (not on arrival): the offer is brought into view once it appears.
  const rejectedOnArrival = useRef(rejected)
  const broughtIntoView = useRef(false)

  const data = rebounds.data
  const open = data?.rebounds.find(
    (r) =>
      r.closedAt === null &&
      (r.interviewId === interviewId || (r.interviewId === null && r.applicationId === applicationId)),
  )
  const offer = open ? undefined : data?.offers.find((o) => o.applicationId === applicationId)
  const showCard = rejected && (open !== undefined || (offer !== undefined && !dismissed))

  useEffect(() => {
    if (!showCard || rejectedOnArrival.current || broughtIntoView.current) return
    broughtIntoView.current = true
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    card.current?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' })
  }, [showCard])

  const begin = () =>
    start.mutate({ interviewId }, { onSuccess: (rebound) => navigate(reboundPlanPath(rebound.id)) })

  let content = null
  if (rejected && open) {
    const done = open.steps.filter((s) => s.done).length
    content = (
      <section className="card rebound-offer" aria-labelledby="rebound-offer-title">
        <h2 className="section-title" id="rebound-offer-title">
          {t('offer.openTitle')}
        </h2>
        <p className="muted">{t('offer.openBody', { count: done, total: open.steps.length })}</p>
        <Link to={`/rebound/${open.id}`} className={buttonClass('secondary', 'rebound-start')}>
          {t('offer.open')}
        </Link>
      </section>
    )
  } else if (rejected && offer && !dismissed) {
    content = (
      <section className="card rebound-offer" aria-labelledby="rebound-offer-title">
        <h2 className="section-title" id="rebound-offer-title">
          {t('offer.title')}
        </h2>
        <p>{t('offer.body')}</p>
        {start.isError ? <FormAlert>{describe(start.error)}</FormAlert> : null}
        <div className="rebound-actions">
          <Button pending={start.isPending} pendingLabel={t('offer.starting')} onClick={begin}>
            {t('offer.start')}
          </Button>
          <Button variant="ghost" onClick={() => setDismissed(true)}>
            {t('offer.dismiss')}
          </Button>
        </div>
      </section>
    )
  } else if (rejected && offer && dismissed) {
    content = (
      <p className="rebound-offer-later">
        <button type="button" className="rebound-link-button" onClick={() => setDismissed(false)}>
          {t('offer.later')}
        </button>
      </p>
    )
  }

  // The live region stays in the page, so the offer is announced when it appears.
  return (
    <div className="rebound-offer-region" aria-live="polite" ref={card}>
      {content}
    </div>
  )
}
