import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { reboundPlanPath, useStartRebound } from '../../lib/api/start-rebound'
import { useDescribeError } from '../../lib/error-text'
import { Button } from '../ui/button'

type Props = { interviewId: string; company: string; className?: string }

/**
 * "Not selected" in one tap, where an interview is shown (its card in the list, Home): the
 * interview is recorded as rejected and its 48-hour plan opens at the top. A second tap, or a
 * second device, gets the same plan (the server keeps one open per rejection).
 */
export function RejectAndRebound({ interviewId, company, className }: Props) {
  const { t } = useTranslation('rebound')
  const describe = useDescribeError()
  const navigate = useNavigate()
  const start = useStartRebound()
  // A double tap lands before the button is disabled: only the first one is sent.
  const sent = useRef(false)
  const reject = () => {
    if (sent.current) return
    sent.current = true
    start.mutate(
      { interviewId, markRejected: true },
      {
        onSuccess: (rebound) => navigate(reboundPlanPath(rebound.id)),
        onSettled: () => {
          sent.current = false
        },
      },
    )
  }
  return (
    <span className={['reject-rebound', className].filter(Boolean).join(' ')}>
      <Button
        variant="secondary"
        className="reject-rebound__button"
        pending={start.isPending}
        pendingLabel={t('oneTap.pending')}
        aria-label={t('oneTap.label', { company })}
        onClick={reject}
      >
        {t('oneTap.action')}
      </Button>
      {start.isError ? (
        <span className="field__error reject-rebound__error" role="alert">
          {describe(start.error)}
        </span>
      ) : null}
    </span>
  )
}
