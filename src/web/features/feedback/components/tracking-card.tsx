import { useTranslation } from 'react-i18next'
import type { FeedbackResponse, SaveFeedbackBody } from '../../../../shared/schemas/feedback'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { useDescribeError } from '../../../lib/error-text'
import { useSaveFeedback } from '../api/save-feedback'
import { FollowUpDate, FollowUpDue } from './follow-up'
import { requestProgress, TrackingSteps } from './tracking-steps'

type Props = { interviewId: string; data: FeedbackResponse }

/** Where the request stands: asked, follow-up, answer; and the buttons to move it on. */
export function TrackingCard({ interviewId, data }: Props) {
  const { t } = useTranslation('feedback')
  const describe = useDescribeError()
  const save = useSaveFeedback(interviewId)
  const { request } = data
  const { asked, answered } = requestProgress(request)
  const set = (body: SaveFeedbackBody) => save.mutate(body)

  return (
    <section className="card" aria-labelledby="fb-tracking-title">
      <h2 className="section-title" id="fb-tracking-title">
        {t('tracking.title')}
      </h2>
      <TrackingSteps request={request} />

      {request.stage === 'follow_up_due' ? <FollowUpDue data={data} /> : null}

      {asked && !answered ? (
        <>
          <FollowUpDate interviewId={interviewId} followUpAt={request.followUpAt} />
          <div>
            <h3 className="fb-subtitle" id="fb-what-next">
              {t('tracking.whatNext')}
            </h3>
            <div className="fb-actions">
              <Button
                variant="secondary"
                onClick={() => set({ status: 'received' })}
                disabled={save.isPending}
              >
                {t('tracking.markReceived')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => set({ status: 'declined' })}
                disabled={save.isPending}
              >
                {t('tracking.markDeclined')}
              </Button>
              <Button variant="ghost" onClick={() => set({ status: 'no_answer' })} disabled={save.isPending}>
                {t('tracking.markNoAnswer')}
              </Button>
            </div>
          </div>
        </>
      ) : null}

      {answered ? (
        <>
          <p>
            {request.status === 'received'
              ? t('tracking.receivedBody')
              : request.status === 'declined'
                ? t('tracking.declinedBody')
                : t('tracking.noAnswerBody')}
          </p>
          <Button variant="ghost" className="fb-small align-start" onClick={() => set({ status: 'asked' })}>
            {t('tracking.undo')}
          </Button>
        </>
      ) : null}
      {save.isError ? <FormAlert>{describe(save.error)}</FormAlert> : null}
    </section>
  )
}
