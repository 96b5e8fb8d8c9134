import { useTranslation } from 'react-i18next'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { useDescribeError } from '../../../lib/error-text'
import { useSaveFeedback } from '../api/save-feedback'
import type { Message } from './compose-message'
import { EMAIL, mailtoHref } from './mailto'
import type { FeedbackMessage } from './use-feedback-message'

type SendMessageProps = {
  interviewId: string
  /** The message, when it is ready to send. */
  ready: Message | null
  fullText: string
  recipient: string
  copier: FeedbackMessage['copier']
  /** Still to ask: the button to say it was sent is offered. */
  toAsk: boolean
  /** Sends what waits of the message before the request is marked as asked. */
  flush: () => Promise<unknown>
}

/** Copy the message or open it in the mail app, then say it was sent. */
export function SendMessage({
  interviewId,
  ready,
  fullText,
  recipient,
  copier,
  toAsk,
  flush,
}: SendMessageProps) {
  const { t } = useTranslation('feedback')
  const describe = useDescribeError()
  const sent = useSaveFeedback(interviewId)
  return (
    <div className="fb-send">
      <h3 className="fb-subtitle" id="fb-send-title">
        {t('send.title')}
      </h3>
      {ready ? (
        <>
          <div className="fb-actions">
            <Button onClick={() => void copier.copy(fullText)}>{t('send.copy')}</Button>
            <a
              className={buttonClass('secondary')}
              href={mailtoHref(EMAIL.test(recipient.trim()) ? recipient : '', ready.subject, ready.body)}
            >
              {t('send.mailto')}
            </a>
          </div>
          <StatusMessage>{copier.state === 'copied' ? t('send.copied') : null}</StatusMessage>
          {copier.state === 'fallback' ? (
            <div className="field">
              <p className="alert alert--info">{t('send.copyFallback')}</p>
              <label className="field__label" htmlFor="fb-fallback">
                {t('send.fallbackLabel')}
              </label>
              <textarea
                id="fb-fallback"
                ref={copier.fallbackRef}
                className="input fb-textarea"
                rows={8}
                readOnly
                value={fullText}
              />
            </div>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('send.notReady')}</p>
      )}
      {toAsk ? (
        <div className="fb-sent">
          <p className="muted small">{t('send.sentHint')}</p>
          <Button
            variant={ready ? 'primary' : 'secondary'}
            className="align-start"
            pending={sent.isPending}
            onClick={async () => {
              await flush()
              sent.mutate({ status: 'asked' })
            }}
          >
            {t('send.sent')}
          </Button>
          {sent.isError ? <FormAlert>{describe(sent.error)}</FormAlert> : null}
        </div>
      ) : null}
    </div>
  )
}
