import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { REBOUND_LIMITS, REBOUND_STEPS, type ReboundStepKey } from '../../../../domain/progress/rebound'
import { useAutosave } from '../../../components/autosave/use-autosave'
import { Button } from '../../../components/ui/button'
import { useLanguage } from '../../../lib/use-language'
import type { Rebound, ReboundStep } from '../api/get-rebound'
import { useUpdateRebound } from '../api/update-rebound'
import { apiFieldErrors, SectionProblem, SectionSave } from './section-save'

type Focus = { id: string; target: 'text' | 'check' | 'edit' } | 'add' | null

const hasText = (step: ReboundStep) => step.text.trim() !== ''

/** Where a step can be done, when Rebond has a place for it. */
function stepLink(key: ReboundStepKey | null, interviewId: string | null): string | null {
  switch (key) {
    case 'rehearse_two':
      return '/rehearsal'
    case 'ask_feedback':
      return interviewId ? `/interviews/${encodeURIComponent(interviewId)}/feedback` : null
    case 'one_application':
      return '/interviews/new'
    default:
      return null
  }
}

function PencilIcon() {
  return (
    <svg
      className="rebound-icon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M4 20h4L19 9a2.1 2.1 0 0 0-3-3L5 17v3Z" />
      <path d="m14.5 7.5 3 3" />
    </svg>
  )
}

/**
 * The 48-hour plan: steps to tick, reword, remove, or add. Steps with no text stay on this
 * screen only; the rest is saved a moment after each change.
 */
export function PlanSection({ rebound }: { rebound: Rebound }) {
  const { t } = useTranslation('rebound')
  const lang = useLanguage()
  const save = useUpdateRebound(rebound.id)
  const [steps, setSteps] = useState<ReboundStep[]>(rebound.steps)
  const [editing, setEditing] = useState<string | null>(null)
  const [focus, setFocus] = useState<Focus>(null)
  const list = useRef<HTMLUListElement>(null)
  const addButton = useRef<HTMLButtonElement>(null)

  const ready = steps.filter(hasText)
  const autosave = useAutosave(ready, (value) => save.mutateAsync({ steps: value }), 400)

  // The API names a step by its place in the list it was sent, which is `ready` while the error shows.
  const fields = apiFieldErrors(autosave.error)
  const stepErrors: Record<string, string> = {}
  const shownFields: string[] = ['steps']
  for (const [field, message] of Object.entries(fields)) {
    const index = /^steps\.(\d+)\./.exec(field)?.[1]
    const step = index === undefined ? undefined : ready[Number(index)]
    if (step) {
      stepErrors[step.id] ??= message
      shownFields.push(field)
    }
  }

  useEffect(() => {
    if (focus === null) return
    if (focus === 'add') addButton.current?.focus()
    else
      list.current
        ?.querySelector<HTMLElement>(`[data-step="${focus.id}"][data-focus="${focus.target}"]`)
        ?.focus()
    setFocus(null)
  }, [focus])

  const update = (id: string, change: Partial<ReboundStep>) =>
    setSteps((current) => current.map((step) => (step.id === id ? { ...step, ...change } : step)))

  /** Leaving a step's text empty gives a suggested step its words back, and drops one of your own. */
  const settle = (current: ReboundStep[], id: string): ReboundStep[] =>
    current.flatMap((step) => {
      if (step.id !== id || hasText(step)) return [step]
      return step.key ? [{ ...step, text: REBOUND_STEPS[step.key].label[lang] }] : []
    })

  const startEdit = (id: string) => {
    setSteps((current) => (editing && editing !== id ? settle(current, editing) : current))
    setEditing(id)
    setFocus({ id, target: 'text' })
  }

  const finishEdit = (id: string) => {
    const step = steps.find((s) => s.id === id)
    setSteps((current) => settle(current, id))
    setEditing(null)
    setFocus(step && (hasText(step) || step.key) ? { id, target: 'edit' } : 'add')
  }

  const remove = (index: number) => {
    const next = steps.filter((_, i) => i !== index)
    setSteps(next)
    if (editing === steps[index]?.id) setEditing(null)
    const neighbour = next[index] ?? next[index - 1]
    setFocus(neighbour ? { id: neighbour.id, target: 'check' } : 'add')
  }

  const add = () => {
    const id = crypto.randomUUID()
    setSteps((current) => [
      ...(editing ? settle(current, editing) : current),
      { id, key: null, text: '', done: false },
    ])
    setEditing(id)
    setFocus({ id, target: 'text' })
  }

  const done = ready.filter((step) => step.done).length
  return (
    <section className="card rebound-section" aria-labelledby="rebound-plan-title">
      <div className="rebound-section__head">
        <h2 className="section-title" id="rebound-plan-title">
          {t('plan.title')}
        </h2>
        <SectionSave state={autosave.state} onRetry={autosave.retry} />
      </div>
      <p className="muted">{t('plan.lead')}</p>
      {ready.length > 0 ? (
        <p className="rebound-progress" data-testid="rebound-progress">
          {done === ready.length
            ? t('plan.allDone')
            : t('plan.progress', { count: done, total: ready.length })}
        </p>
      ) : null}
      {steps.length === 0 ? <p className="muted">{t('plan.empty')}</p> : null}
      <ul className="rebound-steps" ref={list}>
        {steps.map((step, index) => {
          const n = index + 1
          const checkId = `rebound-step-${step.id}`
          const textId = `rebound-step-text-${step.id}`
          const hintId = `rebound-step-hint-${step.id}`
          const errorId = `rebound-step-error-${step.id}`
          const error = stepErrors[step.id]
          const isEditing = editing === step.id || error !== undefined
          const name = hasText(step) ? step.text : t('plan.untitled', { n })
          const hint = step.key ? REBOUND_STEPS[step.key].hint[lang] : null
          const link = stepLink(step.key, rebound.interviewId)
          return (
            <li key={step.id} className={step.done ? 'rebound-step rebound-step--done' : 'rebound-step'}>
              <input
                type="checkbox"
                id={checkId}
                className="rebound-checkbox"
                data-step={step.id}
                data-focus="check"
                checked={step.done}
                aria-label={isEditing ? name : undefined}
                aria-describedby={hint ? hintId : undefined}
                onChange={(event) => update(step.id, { done: event.target.checked })}
              />
              {isEditing ? (
                <div
                  className={error ? 'field field--invalid rebound-step__main' : 'field rebound-step__main'}
                >
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
                      onChange={(event) => update(step.id, { text: event.target.value })}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter' || event.key === 'Escape') {
                          event.preventDefault()
                          finishEdit(step.id)
                        }
                      }}
                    />
                    <Button variant="secondary" className="rebound-small" onClick={() => finishEdit(step.id)}>
                      {t('plan.doneEditing')}
                    </Button>
                  </div>
                  {error ? (
                    <p className="field__error" id={errorId}>
                      {error}
                    </p>
                  ) : !hasText(step) ? (
                    <p className="field__hint">{t('plan.emptyNotSaved')}</p>
                  ) : null}
                  <button
                    type="button"
                    className="rebound-link-button rebound-remove"
                    aria-label={t('plan.removeLabel', { text: name })}
                    onClick={() => remove(index)}
                  >
                    {t('plan.remove')}
                  </button>
                </div>
              ) : (
                <>
                  <label htmlFor={checkId} className="rebound-step__text">
                    {step.text}
                  </label>
                  <button
                    type="button"
                    className="rebound-icon-button"
                    data-step={step.id}
                    data-focus="edit"
                    aria-label={t('plan.editLabel', { text: name })}
                    title={t('plan.edit')}
                    onClick={() => startEdit(step.id)}
                  >
                    <PencilIcon />
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
        })}
      </ul>
      {fields.steps ? <p className="field__error">{fields.steps}</p> : null}
      <SectionProblem error={autosave.error} shownFields={shownFields} />
      {steps.length < REBOUND_LIMITS.steps ? (
        <Button ref={addButton} variant="secondary" className="rebound-add" onClick={add}>
          <span aria-hidden="true">+</span> {t('plan.add')}
        </Button>
      ) : (
        <p className="muted small">{t('plan.limit', { max: REBOUND_LIMITS.steps })}</p>
      )}
    </section>
  )
}
