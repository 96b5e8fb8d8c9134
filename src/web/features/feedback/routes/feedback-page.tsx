import '../feedback.css'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useFeedback } from '../api/get-feedback'
import { AdviceCard } from '../components/advice-card'
import { MessageCard } from '../components/message-card'
import { ReceivedCard } from '../components/received-card'
import { TrackingCard } from '../components/tracking-card'

/** Asking the recruiter for feedback after one interview: advice, the message, its follow-up, the answer. */
export function FeedbackPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('feedback')
  const describe = useDescribeError()
  const feedback = useFeedback(id)
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set())
  const company = feedback.data?.values.company
  useDocumentTitle(company ? t('title', { company }) : t('titleShort'))

  if (feedback.isPending) return <PageLoading label={t('loading')} />
  if (feedback.isError || !feedback.data) {
    const missing = isApiError(feedback.error, 404)
    return (
      <div className="page">
        <Link to="/interviews" className="back-link">
          ← {t('backToList')}
        </Link>
        <h1 className="page-title">{missing ? t('notFoundTitle') : t('loadError')}</h1>
        {missing ? (
          <p>{t('notFoundBody')}</p>
        ) : (
          <>
            <FormAlert>{describe(feedback.error)}</FormAlert>
            <Button className="fb-align-start" onClick={() => feedback.refetch()}>
              {t('retry')}
            </Button>
          </>
        )}
      </div>
    )
  }

  const data = feedback.data
  const status = data.request.status
  const toggle = (index: number) =>
    setExcluded((old) => {
      const next = new Set(old)
      if (next.has(index)) next.delete(index)
      else next.add(index)
      return next
    })

  return (
    <div className="page fb-page">
      <header className="page-header">
        <Link to={`/interviews/${id}`} className="back-link">
          ← {t('back')}
        </Link>
        <h1 className="page-title">{t('heading')}</h1>
        <p className="lead">{t('lead', { company: data.values.company, role: data.values.role })}</p>
      </header>
      <TrackingCard key={`${status}-${data.request.askedAt ?? ''}`} interviewId={id} data={data} />
      {status === 'to_ask' ? (
        <>
          <AdviceCard advice={data.advice} excluded={excluded} onToggle={toggle} />
          <MessageCard interviewId={id} data={data} excluded={excluded} />
        </>
      ) : null}
      {status === 'asked' || status === 'received' || status === 'declined' ? (
        <ReceivedCard interviewId={id} data={data} />
      ) : null}
      {status !== 'to_ask' ? (
        <details className="card card--quiet fb-details">
          <summary className="fb-details__summary">{t('message.title')}</summary>
          <MessageCard interviewId={id} data={data} excluded={excluded} />
        </details>
      ) : null}
    </div>
  )
}

export { FeedbackPage as Component }
