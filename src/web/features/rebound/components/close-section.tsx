import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { FormAlert } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import type { Rebound } from '../api/get-rebound'
import { useUpdateRebound } from '../api/update-rebound'

/** Closing the plan, whenever the person feels it is done; it can be reopened. */
export function CloseSection({ rebound }: { rebound: Rebound }) {
  const { t } = useTranslation('rebound')
  const formatDate = useFormatDate()
  const describe = useDescribeError()
  const update = useUpdateRebound(rebound.id)
  const closedTitle = useRef<HTMLHeadingElement>(null)
  const justClosed = useRef(false)
  const allDone = rebound.steps.length > 0 && rebound.steps.every((step) => step.done)

  useEffect(() => {
    if (rebound.closedAt && justClosed.current) closedTitle.current?.focus()
    justClosed.current = false
  }, [rebound.closedAt])

  const setClosed = (closed: boolean) => {
    justClosed.current = closed
    update.mutate({ closed })
  }

  if (rebound.closedAt) {
    return (
      <section className="card rebound-section rebound-closed" aria-labelledby="rebound-closed-title">
        <h2 className="section-title" id="rebound-closed-title" ref={closedTitle} tabIndex={-1}>
          <span aria-hidden="true">✓ </span>
          {t('close.closed', { date: formatDate(rebound.closedAt) })}
        </h2>
        <p>{t('close.closedBody')}</p>
        {update.isError ? <FormAlert>{describe(update.error)}</FormAlert> : null}
        <div className="rebound-actions">
          <Link to="/home" className={buttonClass('primary')}>
            {t('toHome')}
          </Link>
          <Button
            variant="ghost"
            pending={update.isPending}
            pendingLabel={t('close.reopening')}
            onClick={() => setClosed(false)}
          >
            {t('close.reopen')}
          </Button>
        </div>
      </section>
    )
  }

  return (
    <section className="card rebound-section" aria-labelledby="rebound-close-title">
      <h2 className="section-title" id="rebound-close-title">
        {t('close.title')}
      </h2>
      <p className="muted">{allDone ? t('close.bodyDone') : t('close.body')}</p>
      {update.isError ? <FormAlert>{describe(update.error)}</FormAlert> : null}
      <Button
        variant={allDone ? 'primary' : 'secondary'}
        className="rebound-start"
        pending={update.isPending}
        pendingLabel={t('close.closing')}
        onClick={() => setClosed(true)}
      >
        {t('close.action')}
      </Button>
    </section>
  )
}
