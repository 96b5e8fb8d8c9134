import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { REBOUND_LIMITS } from '../../../../domain/progress/rebound'
import { Button } from '../../../components/ui/button'
import { PencilIcon } from '../../../components/ui/icons'
import type { ReboundStep } from '../api/get-rebound'
import { hasText, stepLink, stepTitle } from './plan-steps'

type PlanStepProps = {
  step: ReboundStep
  /** Its place in the list, from 1. */
  n: number
  interviewId: string | null
  /** Its text is being edited (or the server refused it, so it stays open). */
  editing: boolean
  error: string | undefined
  onChange: (change: Partial<ReboundStep>) => void
  onStartEdit: () => void
  onFinishEdit: () => void
  onRemove: () => void
}

/** One step of the plan: its box to tick, its text (or the field to reword it), its hint and where to do it. */
export function PlanStep({ step, n, interviewId, editing, error, ...actions }: PlanStepProps) {
  const { t } = useTranslation('rebound')
  const checkId = `rebound-step-${step.id}`
  const hintId = `rebound-step-hint-${step.id}`
  // A suggested step's words come from its key, so they follow the language switch.
  const title = stepTitle(step, (key) => t(`steps.${key}.title`))
  const name = title || t('plan.untitled', { n })
  const hint = step.key ? t(`steps.${step.key}.hint`) : null
  const link = stepLink(step.key, interviewId)
  return (
    <li className={step.done ? 'rebound-step rebound-step--done' : 'rebound-step'}>
      <input
        type="checkbox"
        id={checkId}
        className="rebound-checkbox"
        data-step={step.id}
        data-focus="check"
        checked={step.done}
        aria-label={editing ? name : undefined}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => actions.onChange({ done: event.target.checked })}
      />
      {editing ? (
        <StepEditor step={step} n={n} name={name} error={error} {...actions} />
      ) : (
        <>
          <label htmlFor={checkId} className="rebound-step__text">
            {title}
          </label>
          <button
            type="button"
            className="rebound-icon-button"
            data-step={step.id}
            data-focus="edit"
            aria-label={t('plan.editLabel', { text: name })}
            title={t('plan.edit')}
            onClick={actions.onStartEdit}
          >
            <PencilIcon className="rebound-icon" />
          </button>
        </>
      )}
      {hint ? (
        <p className="rebound-step__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {link ? (
        <Link to={link} className="rebound-step__link">
          {t(`plan.links.${step.key as 'rehearse_two' | 'ask_feedback' | 'one_application'}`)}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : null}
    </li>
  )
}

type StepEditorProps = Omit<PlanStepProps, 'interviewId' | 'editing' | 'onStartEdit'> & { name: string }

/** A step's text being reworded: Enter or Escape, or "Done", ends it; "Remove" takes the step out. */
function StepEditor({ step, n, name, error, onChange, onFinishEdit, onRemove }: StepEditorProps) {
  const { t } = useTranslation('rebound')
  const textId = `rebound-step-text-${step.id}`
  const errorId = `rebound-step-error-${step.id}`
  return (
    <div className={error ? 'field field--invalid rebound-step__main' : 'field rebound-step__main'}>
      <label className="sr-only" htmlFor={textId}>
        {t('plan.stepLabel', { n })}
      </label>
      <div className="rebound-step__edit">
        <textarea
          id={textId}
          className="input rebound-step__input"
          rows={1}
          data-step={step.id}
          data-focus="text"
          maxLength={REBOUND_LIMITS.stepText}
          value={step.text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange({ text: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === 'Escape') {
              event.preventDefault()
              onFinishEdit()
            }
          }}
        />
        <Button variant="secondary" className="rebound-small" onClick={onFinishEdit}>
          {t('plan.doneEditing')}
        </Button>
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : !hasText(step) && !step.key ? (
        <p className="field__hint">{t('plan.emptyNotSaved')}</p>
      ) : null}
      <button
        type="button"
        className="rebound-link-button rebound-remove"
        aria-label={t('plan.removeLabel', { text: name })}
        onClick={onRemove}
      >
        {t('plan.remove')}
      </button>
    </div>
  )
}
