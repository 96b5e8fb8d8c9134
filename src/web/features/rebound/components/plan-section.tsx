import { useTranslation } from 'react-i18next'
import { REBOUND_LIMITS } from '../../../../domain/progress/rebound'
import { useAutosave } from '../../../components/autosave/use-autosave'
import { Button } from '../../../components/ui/button'
import type { Rebound } from '../api/get-rebound'
import { useUpdateRebound } from '../api/update-rebound'
import { PlanStep } from './plan-step'
import { isKept, stepErrors } from './plan-steps'
import { ReboundSection } from './rebound-section'
import { apiFieldErrors, SectionProblem } from './section-save'
import { usePlanSteps } from './use-plan-steps'

/**
 * The 48-hour plan: steps to tick, reword, remove, or add. Steps with no text stay on this
 * screen only; the rest is saved a moment after each change.
 */
export function PlanSection({ rebound }: { rebound: Rebound }) {
  const { t } = useTranslation('rebound')
  const save = useUpdateRebound(rebound.id)
  const plan = usePlanSteps(rebound.steps)
  const { steps } = plan
  const ready = steps.filter(isKept)
  const autosave = useAutosave(
    ready,
    (value, delivery) => save.mutateAsync({ steps: value, ...delivery }),
    400,
  )
  const fields = apiFieldErrors(autosave.error)
  const errors = stepErrors(fields, ready)
  const done = ready.filter((step) => step.done).length

  return (
    <ReboundSection titleId="rebound-plan-title" title={t('plan.title')} autosave={autosave}>
      <p className="muted">{t('plan.lead')}</p>
      {ready.length > 0 ? (
        <p className="rebound-progress" data-testid="rebound-progress">
          {done === ready.length
            ? t('plan.allDone')
            : t('plan.progress', { count: done, total: ready.length })}
        </p>
      ) : null}
      {steps.length === 0 ? <p className="muted">{t('plan.empty')}</p> : null}
      <ul className="rebound-steps" ref={plan.listRef}>
        {steps.map((step, index) => (
          <PlanStep
            key={step.id}
            step={step}
            n={index + 1}
            interviewId={rebound.interviewId}
            editing={plan.editing === step.id || errors.byStep[step.id] !== undefined}
            error={errors.byStep[step.id]}
            onChange={(change) => plan.update(step.id, change)}
            onStartEdit={() => plan.startEdit(step.id)}
            onFinishEdit={() => plan.finishEdit(step.id)}
            onRemove={() => plan.remove(index)}
          />
        ))}
      </ul>
      {fields.steps ? <p className="field__error">{fields.steps}</p> : null}
      <SectionProblem error={autosave.error} shownFields={errors.shownFields} />
      {steps.length < REBOUND_LIMITS.steps ? (
        <Button ref={plan.addRef} variant="secondary" className="rebound-add" onClick={plan.add}>
          <span aria-hidden="true">+</span> {t('plan.add')}
        </Button>
      ) : (
        <p className="muted small">{t('plan.limit', { max: REBOUND_LIMITS.steps })}</p>
      )}
    </ReboundSection>
  )
}
