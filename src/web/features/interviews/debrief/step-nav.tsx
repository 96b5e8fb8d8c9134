import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { DEBRIEF_STEPS, type DebriefStep, STEP_LABELS, type StepState } from '../../../../domain/debrief'
import { useLabel } from '../components/labels'

type StepNavProps = {
  interviewId: string
  current: DebriefStep | 'summary'
  states: Record<DebriefStep, StepState>
  progress: number
}

/** The six steps with what each holds (done, skipped, to do); every one can be revisited. */
export function StepNav({ interviewId, current, states, progress }: StepNavProps) {
  const { t } = useTranslation('debrief')
  const label = useLabel()
  return (
    <nav className="step-nav" aria-label={t('nav.label')}>
      <div className="step-nav__progress">
        <span className="step-nav__percent">{t('nav.progress', { progress })}</span>
        <span className="progress-bar" aria-hidden="true">
          <span className="progress-bar__fill" style={{ width: `${progress}%` }} />
        </span>
      </div>
      <ol className="step-nav__list">
        {DEBRIEF_STEPS.map((step, index) => {
          const state = states[step]
          return (
            <li key={step}>
              <Link
                to={`/interviews/${interviewId}/debrief/${step}`}
                className={`step-nav__link step-nav__link--${state}`}
                aria-current={current === step ? 'step' : undefined}
              >
                <span className="step-nav__dot" aria-hidden="true">
                  {state === 'done' ? '✓' : state === 'skipped' ? '↷' : index + 1}
                </span>
                <span className="step-nav__label">
                  <span className="sr-only">{t('nav.stepN', { n: index + 1 })} </span>
                  {label(STEP_LABELS[step])}
                  <span className="sr-only"> ({t(`nav.state.${state}`)})</span>
                </span>
              </Link>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
