import '../interviews.css'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, useNavigate, useParams } from 'react-router'
import { DEBRIEF_STEPS, type DebriefStep, STEP_LABELS, stepStates } from '../../../../domain/debrief'
import { FormAlert } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useDebriefSync } from '../api/debrief-sync'
import { useInterview } from '../api/get-interview'
import { useLabel } from '../components/labels'
import { ConflictPanel } from '../debrief/conflict-panel'
import { DiscardedCopies } from '../debrief/discarded-copy'
import { SaveStatus } from '../debrief/save-status'
import { DestabilizingStep } from '../debrief/step-destabilizing'
import { DiagnoseStep } from '../debrief/step-diagnose'
import { FeelingsStep } from '../debrief/step-feelings'
import { LessonsStep } from '../debrief/step-lessons'
import { StepNav } from '../debrief/step-nav'
import { RatingsStep } from '../debrief/step-ratings'
import { ReplayStep } from '../debrief/step-replay'
import type { StepProps } from '../debrief/step-types'

const isStep = (value: string | undefined): value is DebriefStep =>
  DEBRIEF_STEPS.includes(value as DebriefStep)

/** The guided debrief: one step per screen, saved as the person types. */
export function DebriefPage() {
  const { id = '', step } = useParams()
  const { t } = useTranslation('debrief')
  const label = useLabel()
  const describe = useDescribeError()
  const navigate = useNavigate()
  const interview = useInterview(id)
  const [snapshot, store] = useDebriefSync(id)
  const [nudged, setNudged] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const firstRender = useRef(true)
  const leaving = useRef(false)
  const content = snapshot.content
  const company = interview.data?.application.company ?? ''
  const current = isStep(step) ? step : null
  // Offline, the interview itself may not load: the debrief still shows, without its company.
  const title = company ? t('title', { company }) : t('titleBare')

  useDocumentTitle(current ? `${label(STEP_LABELS[current])} · ${title}` : title)

  // The debrief remembers where the person is, to resume there.
  useEffect(() => {
    if (leaving.current) return
    if (current && content && content.currentStep !== current)
      store.edit((c) => ({ ...c, currentStep: current }))
  }, [current, content, store])

  // Each new step starts at its title.
  useEffect(() => {
    if (!current) return
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    setNudged(false)
    window.scrollTo({ top: 0 })
    headingRef.current?.focus({ preventScroll: true })
  }, [current])

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
  const index = DEBRIEF_STEPS.indexOf(current)
  const previous = DEBRIEF_STEPS[index - 1]
  const next = DEBRIEF_STEPS[index + 1]
  const nextPath = next ? `/interviews/${id}/debrief/${next}` : `/interviews/${id}/summary`

  function goNext() {
    // Both sides count: before leaving the feelings, one gentle reminder of what went well.
    if (current === 'feelings' && content?.feelings.wentWell.trim() === '' && !nudged) {
      setNudged(true)
      document.getElementById('feelings-went-well')?.focus()
      return
    }
    if (!next) {
      leaving.current = true
      store.edit((c) => ({ ...c, currentStep: 'summary' }))
    }
    store.flush()
    navigate(nextPath)
  }

  function skip() {
    if (!current) return
    const step = current
    store.edit((c) => ({ ...c, skipped: c.skipped.includes(step) ? c.skipped : [...c.skipped, step] }))
    if (!next) {
      leaving.current = true
      store.edit((c) => ({ ...c, currentStep: 'summary' }))
    }
    navigate(nextPath)
  }

  const props: StepProps = { interviewId: id, content, edit: store.edit, errors: snapshot.fieldErrors }

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

      {snapshot.conflict ? (
        <ConflictPanel key={snapshot.conflict.theirs.version} conflict={snapshot.conflict} store={store} />
      ) : null}
      {snapshot.fromDevice ? (
        <p className="alert alert--info">{t('fromDevice')}</p>
      ) : snapshot.restored && !snapshot.conflict ? (
        <p className="alert alert--info">{t('restored')}</p>
      ) : null}
      {snapshot.conflict ? null : <DiscardedCopies copies={snapshot.discarded} store={store} />}

      <section className="card step" aria-labelledby="step-title">
        <p className="step__count">
          {t('nav.stepOf', { n: index + 1, total: DEBRIEF_STEPS.length })}
          {states[current] === 'skipped' ? ` · ${t('nav.state.skipped')}` : ''}
        </p>
        <h2 className="step__title" id="step-title" ref={headingRef} tabIndex={-1}>
          {label(STEP_LABELS[current])}
        </h2>
        <p className="step__guidance">{t(`guidance.${current}`)}</p>
        {current === 'feelings' ? (
          <FeelingsStep {...props} nudge={nudged} />
        ) : current === 'replay' ? (
          <ReplayStep {...props} />
        ) : current === 'diagnose' ? (
          <DiagnoseStep {...props} />
        ) : current === 'destabilizing' ? (
          <DestabilizingStep {...props} />
        ) : current === 'lessons' ? (
          <LessonsStep {...props} />
        ) : (
          <RatingsStep {...props} />
        )}
      </section>

      <nav className="step-actions" aria-label={t('nav.actions')}>
        {previous ? (
          <Link
            to={`/interviews/${id}/debrief/${previous}`}
            className={buttonClass('secondary', 'step-actions__prev')}
          >
            ← {t('nav.previous')}
          </Link>
        ) : (
          <span className="step-actions__prev" />
        )}
        {states[current] !== 'done' ? (
          <Button variant="ghost" className="step-actions__skip" onClick={skip}>
            {t('nav.skip')}
          </Button>
        ) : null}
        <Button className="step-actions__next" onClick={goNext}>
          {next ? `${t('nav.next')} →` : t('nav.toSummary')}
        </Button>
      </nav>
    </div>
  )
}
