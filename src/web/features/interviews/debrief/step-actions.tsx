import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { DEBRIEF_STEPS, type DebriefStep } from '../../../../domain/debrief'
import { Button, buttonClass } from '../../../components/ui/button'
import { stepAfter } from './use-step-flow'

type StepActionsProps = {
  interviewId: string
  current: DebriefStep
  done: boolean
  onSkip: () => void
  onNext: () => void
}

/** Under a step: back to the previous one, skip this one (until it is done), on to the next. */
export function StepActions({ interviewId, current, done, onSkip, onNext }: StepActionsProps) {
  const { t } = useTranslation('debrief')
  const previous = DEBRIEF_STEPS[DEBRIEF_STEPS.indexOf(current) - 1]
  const next = stepAfter(current)
  return (
    <nav className="step-actions" aria-label={t('nav.actions')}>
      {previous ? (
        <Link
          to={`/interviews/${interviewId}/debrief/${previous}`}
          className={buttonClass('secondary', 'step-actions__prev')}
        >
          ← {t('nav.previous')}
        </Link>
      ) : (
        <span className="step-actions__prev" />
      )}
      {done ? null : (
        <Button variant="ghost" className="step-actions__skip" onClick={onSkip}>
          {t('nav.skip')}
        </Button>
      )}
      <Button className="step-actions__next" onClick={onNext}>
        {next ? `${t('nav.next')} →` : t('nav.toSummary')}
      </Button>
    </nav>
  )
}
