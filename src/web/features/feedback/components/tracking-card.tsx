import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FeedbackResponse, SaveFeedbackBody } from '../../../../shared/schemas/feedback'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { fromDateInputValue, toDateInputValue, useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { followUpIcsUrl } from '../api/follow-up-ics'
import { useSaveFeedback } from '../api/save-feedback'
import { useCopy } from './use-copy'

type Props = { interviewId: string; data: FeedbackResponse }
type StepState = 'done' | 'current' | 'todo'

/** Where the request stands: asked, follow-up, answer; and the buttons to move it on. */
export function TrackingCard({ interviewId, data }: Props) {
  const { t } = useTranslation('feedback')
  const formatDate = useFormatDate()
  const describe = useDescribeError()
  const save = useSaveFeedback(interviewId)
  const dateSave = useSaveFeedback(interviewId)
  const copier = useCopy()
  const { request, values } = data
  const [followUp, setFollowUp] = useState(toDateInputValue(request.followUpAt))
  const stage = request.stage
  const status = request.status
  const asked = status !== 'to_ask'
  const answered = status === 'received' || status === 'declined' || status === 'no_answer'
  const fmt = (iso: string | null) => (iso ? formatDate(iso) : '')

  const steps: { key: string; label: string; detail?: string; state: StepState }[] = [
    { key: 'ask', label: t('tracking.toAsk'), state: asked ? 'done' : 'current' },
    {
      key: 'asked',
      label:
        asked && request.askedAt
          ? t('tracking.askedOn', { date: fmt(request.askedAt) })
          : t('tracking.asked'),
      ...(asked && !answered
        ? {
            detail:
              stage === 'follow_up_due'
                ? t('tracking.followUpDue')
                : request.followUpAt
                  ? t('tracking.followUpOn', { date: fmt(request.followUpAt) })
                  : '',
          }
        : {}),
      state: answered ? 'done' : asked ? 'current' : 'todo',
    },
    {
      key: 'answer',
      label:
        status === 'received'
          ? t('tracking.received')
          : status === 'declined'
            ? t('tracking.declined')
            : status === 'no_answer'
              ? t('tracking.noAnswer')
              : t('tracking.answer'),
      state: answered ? 'current' : 'todo',
    },
  ]

  const set = (body: SaveFeedbackBody) => save.mutate(body)
  const followUpText = t(`tracking.followUpText.${request.lang}`, {
    interviewer: values.interviewer ? ` ${values.interviewer}` : '',
    role: values.role,
    name: values.name,
  })

  return (
    <section className="card" aria-labelledby="fb-tracking-title">
      <h2 className="section-title" id="fb-tracking-title">
        {t('tracking.title')}
      </h2>
      <ol className="fb-steps" aria-label={t('tracking.steps')}>
        {steps.map((step, index) => (
          <li
            key={step.key}
            className={`fb-steps__item fb-steps__item--${step.state}`}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            <span className="fb-steps__dot" aria-hidden="true">
              {step.state === 'done' ? '✓' : index + 1}
            </span>
            <span className="fb-steps__text">
              <span className="fb-steps__label">{step.label}</span>
              {step.detail ? (
                <span className={stage === 'follow_up_due' ? 'fb-steps__due' : 'muted small'}>
                  {step.detail}
                </span>
              ) : null}
              <span className="sr-only">
                {' '}
                (
                {step.state === 'done'
                  ? t('tracking.done')
                  : step.state === 'current'
                    ? t('tracking.current')
                    : ''}
                )
              </span>
            </span>
          </li>
        ))}
      </ol>

      {stage === 'follow_up_due' ? (
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
      ) : null}

      {asked && !answered ? (
        <>
          <div className="fb-row fb-row--end">
            <div className="field">
              <label className="field__label" htmlFor="fb-follow-up">
                {t('tracking.followUpDate')}
              </label>
              <p className="field__hint" id="fb-follow-up-hint">
                {t('tracking.followUpDateHint')}
              </p>
              <input
                id="fb-follow-up"
                className="input fb-date"
                type="date"
                value={followUp}
                aria-describedby="fb-follow-up-hint"
                onChange={(event) => {
                  setFollowUp(event.target.value)
                  const iso = fromDateInputValue(event.target.value)
                  if (iso) dateSave.mutate({ followUpAt: iso })
                }}
              />
            </div>
            {request.followUpAt ? (
              <a className={buttonClass('ghost', 'fb-small')} href={followUpIcsUrl(interviewId)} download>
                {t('tracking.ics')}
              </a>
            ) : null}
          </div>
          <StatusMessage>{dateSave.isSuccess ? t('tracking.followUpSaved') : null}</StatusMessage>
          {dateSave.isError ? <FormAlert>{describe(dateSave.error)}</FormAlert> : null}
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
            {status === 'received'
              ? t('tracking.receivedBody')
              : status === 'declined'
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
