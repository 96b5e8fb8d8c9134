import '../interviews.css'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, useParams } from 'react-router'
import { DEBRIEF_STEPS, type DebriefStep, STEP_LABELS, stepStates } from '../../../../domain/debrief'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { useDescribeError } from '../../../lib/error-text'
import type { PagePrefetch } from '../../../lib/query-client'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { interviewQuery } from '../api/get-interview'
import { useLabel } from '../components/labels'
import { CurrentStep } from '../debrief/current-step'
import { SaveStatus } from '../debrief/save-status'
import { StepActions } from '../debrief/step-actions'
import { loadEveryStepLater, loadStep } from '../debrief/step-modules'
import { StepNav } from '../debrief/step-nav'
import { SyncNotices } from '../debrief/sync-notices'
import { useInterviewDebrief } from '../debrief/use-interview-debrief'
import { useStepFlow } from '../debrief/use-step-flow'

const isStep = (value: string | undefined): value is DebriefStep =>
  DEBRIEF_STEPS.includes(value as DebriefStep)

/**
 * The interview, fetched as the route opens (the debrief itself comes through its sync, read ahead), and the code of
 * the step it opens on.
 */
export const prefetchDebrief: PagePrefetch = (queryClient, { id = '', step }) =>
  Promise.all([
    queryClient.prefetchQuery(interviewQuery(id)),
    isStep(step) ? loadStep(step).catch(() => undefined) : undefined,
  ])

/** The guided debrief: one step per screen, saved as the person types. */
export function DebriefPage() {
  const { id = '', step } = useParams()
  const { t } = useTranslation('debrief')
  const label = useLabel()
  const describe = useDescribeError()
  const { interview, snapshot, store, content, company } = useInterviewDebrief(id)
  const current = isStep(step) ? step : null
  // Offline, the interview itself may not load: the debrief still shows, without its company.
  const title = company ? t('title', { company }) : t('titleBare')

  useDocumentTitle(current ? `${label(STEP_LABELS[current])} · ${title}` : title)
  const flow = useStepFlow({ interviewId: id, current, content, store })
  useEffect(loadEveryStepLater, [])

  if (snapshot.status === 'loading' || (interview.isPending && !content))
    return <PageLoading label={t('loading')} />
  if (interview.isError && isApiError(interview.error, 404)) {
    return (
      <div className="page">
        <h1 className="page-title">{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <Link to="/interviews" className="back-link">
          ← {t('backToList')}
        </Link>
      </div>
    )
  }
  if (snapshot.status === 'load_error' || !content) {
    return (
      <div className="page">
        <h1 className="page-title">{t('loadError')}</h1>
        <FormAlert>{describe(snapshot.error)}</FormAlert>
        <Button className="align-start" onClick={() => void store.load()}>
          {t('retry')}
        </Button>
      </div>
    )
  }
  if (!current) {
    const resume = content.currentStep
    return (
      <Navigate
        to={resume === 'summary' ? `/interviews/${id}/summary` : `/interviews/${id}/debrief/${resume}`}
        replace
      />
    )
  }

  const states = stepStates(content)
  return (
    <div className="page debrief">
      <header className="debrief__header">
        <Link to={`/interviews/${id}`} className="back-link">
          ← {company ? t('backToInterview', { company }) : t('backToList')}
        </Link>
        <h1 className="page-title debrief__title">{title}</h1>
        {interview.data ? <p className="muted">{interview.data.application.role}</p> : null}
        <SaveStatus snapshot={snapshot} store={store} />
      </header>

      <StepNav interviewId={id} current={current} states={states} progress={snapshot.progress} />
      <SyncNotices snapshot={snapshot} store={store} />
      <CurrentStep
        step={current}
        state={states[current]}
        headingRef={flow.headingRef}
        nudge={flow.nudged}
        interviewId={id}
        content={content}
        edit={store.edit}
        errors={snapshot.fieldErrors}
      />
      <StepActions
        interviewId={id}
        current={current}
        done={states[current] === 'done'}
        onSkip={flow.skip}
        onNext={flow.goNext}
      />
    </div>
  )
}

export { DebriefPage as Component, prefetchDebrief as prefetch }
