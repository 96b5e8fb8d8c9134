import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FeedbackResponse } from '../../../../shared/schemas/feedback'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { TextField } from '../../../components/ui/fields'
import { fromDateInputValue, toDateInputValue } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { followUpIcsUrl } from '../api/follow-up-ics'
import { useSaveFeedback } from '../api/save-feedback'
import { useCopy } from './use-copy'

/** The follow-up is due: a short nudge to copy and send. */
export function FollowUpDue({ data }: { data: FeedbackResponse }) {
  const { t } = useTranslation('feedback')
  const copier = useCopy()
  const { request, values } = data
  const followUpText = t(`tracking.followUpText.${request.lang}`, {
    interviewer: values.interviewer ? ` ${values.interviewer}` : '',
    role: values.role,
    name: values.name,
  })
  return (
    <div className="fb-due">
      <h3 className="fb-subtitle">{t('tracking.dueTitle')}</h3>
      <p>{t('tracking.dueBody')}</p>
      <p className="fb-quote prewrap" lang={request.lang}>
        {followUpText}
      </p>
      <Button variant="secondary" className="align-start" onClick={() => void copier.copy(followUpText)}>
        {t('tracking.copyFollowUp')}
      </Button>
      <StatusMessage>{copier.state === 'copied' ? t('send.copied') : null}</StatusMessage>
      {copier.state === 'fallback' ? (
        <>
          <p className="alert alert--info">{t('send.copyFallback')}</p>
          <textarea
            ref={copier.fallbackRef}
            className="input fb-textarea"
            aria-label={t('tracking.copyFollowUp')}
            rows={6}
            readOnly
            value={followUpText}
          />
        </>
      ) : null}
    </div>
  )
}

/** When to follow up if no answer comes, saved as soon as it is picked, and the same day for a calendar. */
export function FollowUpDate({
  interviewId,
  followUpAt,
}: {
  interviewId: string
  followUpAt: string | null
}) {
  const { t } = useTranslation('feedback')
  const describe = useDescribeError()
  const dateSave = useSaveFeedback(interviewId)
  const [followUp, setFollowUp] = useState(toDateInputValue(followUpAt))
  return (
    <>
      <div className="fb-row fb-row--end">
        <TextField
          id="fb-follow-up"
          label={t('tracking.followUpDate')}
          hint={t('tracking.followUpDateHint')}
          className="fb-date"
          type="date"
          value={followUp}
          onChange={(event) => {
            setFollowUp(event.target.value)
            const iso = fromDateInputValue(event.target.value)
            if (iso) dateSave.mutate({ followUpAt: iso })
          }}
        />
        {followUpAt ? (
          <a className={buttonClass('ghost', 'fb-small')} href={followUpIcsUrl(interviewId)} download>
            {t('tracking.ics')}
          </a>
        ) : null}
      </div>
      <StatusMessage>{dateSave.isSuccess ? t('tracking.followUpSaved') : null}</StatusMessage>
      {dateSave.isError ? <FormAlert>{describe(dateSave.error)}</FormAlert> : null}
    </>
  )
}
