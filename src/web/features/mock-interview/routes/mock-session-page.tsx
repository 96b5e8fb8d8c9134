import '../mock-interview.css'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { FormAlert, Notice } from '../../../components/ui/alert'
import { BackLink } from '../../../components/ui/back-link'
import { Button } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useUploadAnswerAudio } from '../api/answer-audio'
import { useMockInterview } from '../api/get-mock-interview'
import { useSessionStep } from '../api/session-step'
import { CheckInForm } from '../components/check-in-form'
import { type GivenAnswer, InterviewTurn } from '../components/interview-turn'
import { MockReport } from '../components/mock-report'
import { useWrittenChoice } from '../components/use-written-choice'
import { WrittenNotice } from '../components/written-notice'

/** A session where it stands: check-in, the questions one by one, the check-in after, the report. */
export function MockSessionPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('mock')
  const describe = useDescribeError()
  const query = useMockInterview(id)
  const step = useSessionStep(id)
  useDocumentTitle(t('title'))
  const error = step.isError ? describe(step.error) : null
  const upload = useUploadAnswerAudio(id)
  const [written, setWritten] = useWrittenChoice(id)
  const onAnswer = useCallback(
    ({ text, interrupted, take, delivery }: GivenAnswer) => {
      const turn = query.data?.turn
      if (!turn) return
      const at = { questionIndex: turn.questionIndex, followUp: turn.followUp }
      upload.reset()
      step.mutate(
        {
          kind: 'answer',
          ...at,
          text,
          interrupted,
          spokenSeconds: take?.spokenSeconds ?? null,
          longPauses: take?.longPauses ?? null,
          delivery,
        },
        {
          // The recording follows the saved answer, so a recording that cannot follow never costs the answer.
          onSuccess: () => {
            if (take?.contentType && !take.tooLarge) {
              upload.mutate({ ...at, audio: take.audio, contentType: take.contentType })
            }
          },
        },
      )
    },
    [query.data?.turn, step.mutate, upload.mutate, upload.reset],
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
      {written && session.settings.level >= 2 && session.turn ? (
        <WrittenNotice reason={written} onSpeakAgain={() => setWritten(null)} />
      ) : null}
      {upload.isError ? <Notice tone="warning">{t('recordingNotKept')}</Notice> : null}
      {session.turn ? (
        <InterviewTurn
          session={session}
          turn={session.turn}
          pending={step.isPending}
          error={error}
          spoken={session.settings.level >= 2 && written === null}
          onWriteInstead={setWritten}
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

export { MockSessionPage as Component }
