import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReboundStep } from '../api/get-rebound'
import { hasText, type SuggestedTitle, settleStep } from './plan-steps'

type Focus = { id: string; target: 'text' | 'check' | 'edit' } | 'add' | null

/**
 * The steps of the plan as they are edited: ticked, reworded one at a time, removed, added;
 * and where the focus goes after each (the step's text, its box, its edit button, or "Add").
 */
export function usePlanSteps(initial: ReboundStep[]) {
  const { t } = useTranslation('rebound')
  const suggested: SuggestedTitle = (key) => t(`steps.${key}.title`)
  const [steps, setSteps] = useState<ReboundStep[]>(initial)
  const [editing, setEditing] = useState<string | null>(null)
  const [focus, setFocus] = useState<Focus>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const addRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (focus === null) return
    if (focus === 'add') addRef.current?.focus()
    else
      listRef.current
        ?.querySelector<HTMLElement>(`[data-step="${focus.id}"][data-focus="${focus.target}"]`)
        ?.focus()
    setFocus(null)
  }, [focus])

  const settle = (current: ReboundStep[], id: string) => settleStep(current, id, suggested)

  return {
    steps,
    editing,
    listRef,
    addRef,
    update(id: string, change: Partial<ReboundStep>) {
      setSteps((current) => current.map((step) => (step.id === id ? { ...step, ...change } : step)))
    },
    startEdit(id: string) {
      // A suggested step is reworded from its title as shown.
      setSteps((current) =>
        (editing && editing !== id ? settle(current, editing) : current).map((step) =>
          step.id === id && step.key && !hasText(step) ? { ...step, text: suggested(step.key) } : step,
        ),
      )
      setEditing(id)
      setFocus({ id, target: 'text' })
    },
    finishEdit(id: string) {
      const step = steps.find((s) => s.id === id)
      setSteps((current) => settle(current, id))
      setEditing(null)
      setFocus(step && (hasText(step) || step.key) ? { id, target: 'edit' } : 'add')
    },
    remove(index: number) {
      const next = steps.filter((_, i) => i !== index)
      setSteps(next)
      if (editing === steps[index]?.id) setEditing(null)
      const neighbour = next[index] ?? next[index - 1]
      setFocus(neighbour ? { id: neighbour.id, target: 'check' } : 'add')
    },
    add() {
      const id = crypto.randomUUID()
      setSteps((current) => [
        ...(editing ? settle(current, editing) : current),
        { id, key: null, text: '', done: false },
      ])
      setEditing(id)
      setFocus({ id, target: 'text' })
    },
  }
}
