import '../mock-interview.css'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { FormAlert } from '../../../components/ui/alert'
import { BackLink } from '../../../components/ui/back-link'
import { Button } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useMockInterview } from '../api/get-mock-interview'
import { useSessionStep } from '../api/session-step'
import { CheckInForm } from '../components/check-in-form'
import { InterviewTurn } from '../components/interview-turn'
import { MockReport } from '../components/mock-report'

/** A session where it stands: check-in, the questions one by one, the check-in after, the report. */
export function MockSessionPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('mock')
  const describe = useDescribeError()
  const query = useMockInterview(id)
  const step = useSessionStep(id)
  useDocumentTitle(t('title'))
  const error = step.isError ? describe(step.error) : null
  const onAnswer = useCallback(
    (text: string, interrupted: 'over-time' | 'silence' | null) => {
      const turn = query.data?.turn
      if (turn)
        step.mutate({
          kind: 'answer',
          questionIndex: turn.questionIndex,
          followUp: turn.followUp,
          text,
          interrupted,
        })
    },
    [query.data?.turn, step.mutate],
  )

  if (query.isPending) return <PageLoading label={t('loading')} />
  const session = query.data
  if (query.isError || !session) {
    return (
      <div className="page mock">
        <BackLink to="/mock-interview">{t('title')}</BackLink>
        <h1 className="page-title">{t('loadError')}</h1>
        {isApiError(query.error, 404) ? (
          <p>{t('notFound')}</p>
        ) : (
          <FormAlert>{describe(query.error)}</FormAlert>
        )}
        <Button variant="secondary" onClick={() => query.refetch()}>
          {t('retry')}
        </Button>
      </div>
    )
  }
  const checkIn = (moment: 'before' | 'after') => (c: { tension: number; note: string }) =>
    step.mutate({ kind: 'check-in', moment, ...c })
  return (
    <div className="page mock">
      <header className="page-header">
        <BackLink to="/mock-interview">{t('title')}</BackLink>
        <h1 className="page-title">{session.role || t('title')}</h1>
      </header>
      {session.phase === 'checkin-before' ? (
        <CheckInForm moment="before" pending={step.isPending} error={error} onSubmit={checkIn('before')} />
      ) : null}
      {session.turn ? (
        <InterviewTurn
          session={session}
          turn={session.turn}
          pending={step.isPending}
          error={error}
          onAnswer={onAnswer}
          onEnd={() => step.mutate({ kind: 'end' })}
        />
      ) : null}
      {session.phase === 'checkin-after' ? (
        <CheckInForm moment="after" pending={step.isPending} error={error} onSubmit={checkIn('after')} />
      ) : null}
      {session.phase === 'report' ? <MockReport session={session} /> : null}
    </div>
  )
}
