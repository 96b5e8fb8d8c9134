import '../interviews.css'
import type { ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { STAGE_LABELS } from '../../../../domain/debrief'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useInterview } from '../api/get-interview'
import { BackToInterviews } from '../components/back-to-interviews'
import { useLabel } from '../components/labels'
import { ApplicationForm } from '../detail/application-form'
import { DangerZone } from '../detail/danger-zone'
import { DebriefCard } from '../detail/debrief-card'
import { InterviewForm } from '../detail/interview-form'

/** What the app can place under the interview once it is saved as rejected (see app/router.tsx). */
export type RejectionOfferSlot = ComponentType<{
  interviewId: string
  applicationId: string
  rejected: boolean
}>

/** One interview: its debrief, its details and its application, all editable. */
export function InterviewPage({ rejectionOffer: RejectionOffer }: { rejectionOffer?: RejectionOfferSlot }) {
  const { id = '' } = useParams()
  const { t } = useTranslation('interviews')
  const describe = useDescribeError()
  const label = useLabel()
  const formatDate = useFormatDate()
  const interview = useInterview(id)
  const company = interview.data?.application.company
  useDocumentTitle(company ? t('detail.title', { company }) : t('list.title'))

  if (interview.isPending) return <PageLoading label={t('detail.loading')} />
  if (interview.isError || !interview.data) {
    const missing = isApiError(interview.error, 404)
    return (
      <div className="page">
        <BackToInterviews />
        <h1 className="page-title">{missing ? t('detail.notFoundTitle') : t('detail.loadError')}</h1>
        {missing ? (
          <p>{t('detail.notFoundBody')}</p>
        ) : (
          <>
            <FormAlert>{describe(interview.error)}</FormAlert>
            <Button className="align-start" onClick={() => interview.refetch()}>
              {t('retry')}
            </Button>
          </>
        )}
      </div>
    )
  }

  const { interview: iv, application } = interview.data
  return (
    <div className="page">
      <header className="page-header">
        <BackToInterviews />
        <h1 className="page-title">{application.company}</h1>
        <p className="lead">
          {application.role} · {label(STAGE_LABELS[iv.stage])} · {formatDate(iv.date, 'dateTime')}
        </p>
      </header>
      <DebriefCard interviewId={iv.id} upcoming={new Date(iv.date).getTime() > Date.now()} />
      <InterviewForm key={iv.id} interview={iv} />
      {RejectionOffer ? (
        <RejectionOffer
          interviewId={iv.id}
          applicationId={application.id}
          rejected={iv.outcome === 'rejected' || application.status === 'rejected'}
        />
      ) : null}
      <ApplicationForm key={application.id} interviewId={iv.id} application={application} />
      <DangerZone interview={iv} application={application} />
    </div>
  )
}
