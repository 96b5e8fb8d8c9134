import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { DEBRIEF_STEPS, type DebriefStep, STEP_LABELS, type StepState } from '../../../../domain/debrief'
import { useLabel } from '../components/labels'
import { DestabilizingStep } from './step-destabilizing'
import { DiagnoseStep } from './step-diagnose'
import { FeelingsStep } from './step-feelings'
import { LessonsStep } from './step-lessons'
import { RatingsStep } from './step-ratings'
import { ReplayStep } from './step-replay'
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
      {step === 'feelings' ? (
        <FeelingsStep {...props} nudge={nudge} />
      ) : step === 'replay' ? (
        <ReplayStep {...props} />
      ) : step === 'diagnose' ? (
        <DiagnoseStep {...props} />
      ) : step === 'destabilizing' ? (
        <DestabilizingStep {...props} />
      ) : step === 'lessons' ? (
        <LessonsStep {...props} />
      ) : (
        <RatingsStep {...props} />
      )}
    </section>
  )
}
