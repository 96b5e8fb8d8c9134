import { type Ref, Suspense, use } from 'react'
import { useTranslation } from 'react-i18next'
import { DEBRIEF_STEPS, type DebriefStep, STEP_LABELS, type StepState } from '../../../../domain/debrief'
import { PageLoading } from '../../../components/ui/loading'
import { useLabel } from '../components/labels'
import { loadedStep, loadStep } from './step-modules'
import type { StepProps } from './step-types'

type CurrentStepProps = StepProps & {
  step: DebriefStep
  state: StepState
  headingRef: Ref<HTMLHeadingElement>
  /** The feelings step asks once more for what went well. */
  nudge: boolean
}

/** The step on screen: where it stands among the six, its title, its guidance and its fields. */
export function CurrentStep({ step, state, headingRef, nudge, ...props }: CurrentStepProps) {
  const { t } = useTranslation('debrief')
  const label = useLabel()
  return (
    <section className="card step" aria-labelledby="step-title">
      <p className="step__count">
        {t('nav.stepOf', { n: DEBRIEF_STEPS.indexOf(step) + 1, total: DEBRIEF_STEPS.length })}
        {state === 'skipped' ? ` · ${t('nav.state.skipped')}` : ''}
      </p>
      <h2 className="step__title" id="step-title" ref={headingRef} tabIndex={-1}>
        {label(STEP_LABELS[step])}
      </h2>
      <p className="step__guidance">{t(`guidance.${step}`)}</p>
      {/* A boundary per step: moving to a step whose code is still on its way shows that step's title and its
          loading state at once, instead of the previous step staying while nothing seems to happen. */}
      <Suspense key={step} fallback={<PageLoading inline label={t('loadingStep')} />}>
        <StepFields step={step} nudge={nudge} {...props} />
      </Suspense>
    </section>
  )
}

/**
 * The step's fields, from its own chunk (step-modules.ts): rendered at once when its code is here (the route's
 * read-ahead brings the step it opens on, and the others follow once the page is on the screen), otherwise after it
 * arrives.
 */
function StepFields({ step, ...props }: StepProps & { step: DebriefStep; nudge: boolean }) {
  const Fields = loadedStep(step) ?? use(loadStep(step))
  return <Fields {...props} />
}
