import { useTranslation } from 'react-i18next'
import type { FeedbackResponse } from '../../../../shared/schemas/feedback'
import { useFormatDate } from '../../../lib/dates'

type StepState = 'done' | 'current' | 'todo'
type Step = { key: string; label: string; detail?: string; state: StepState }
type Request = FeedbackResponse['request']

/** Asked, or answered in one of three ways. */
export function requestProgress(request: Request) {
  const asked = request.status !== 'to_ask'
  const answered =
    request.status === 'received' || request.status === 'declined' || request.status === 'no_answer'
  return { asked, answered }
}

/** The three steps of a request (ask, asked, answer) as they stand, in words. */
function useSteps(request: Request): Step[] {
  const { t } = useTranslation('feedback')
  const formatDate = useFormatDate()
  const { status, stage } = request
  const { asked, answered } = requestProgress(request)
  const fmt = (iso: string | null) => (iso ? formatDate(iso) : '')
  return [
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
}

/** The steps of the request, numbered, with the current one marked for screen readers too. */
export function TrackingSteps({ request }: { request: Request }) {
  const { t } = useTranslation('feedback')
  const steps = useSteps(request)
  return (
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
              <span className={request.stage === 'follow_up_due' ? 'fb-steps__due' : 'muted small'}>
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
  )
}
