import { useEffect, useRef, useState } from 'react'
import { Button } from '../../../components/ui/button'
import type { Checkable } from '../api/get-plan'

let counter = 0
/** An id for a new item of a list, unique enough for one person's plan. */
function newItemId(): string {
  counter += 1
  return `${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 8)}`
}

type Labels = {
  item: (n: number) => string
  check: string
  checkLabel: (n: number) => string
  remove: string
  removeLabel: (n: number) => string
  add: string
  empty: string
}

type Props = {
  idPrefix: string
  items: Checkable[]
  onChange: (items: Checkable[]) => void
  labels: Labels
  maxItems: number
  maxLength: number
  multiline?: boolean
}

/** A list to write, tick and trim: questions to ask, documents to bring. */
export function ChecklistEditor({
  idPrefix,
  items,
  onChange,
  labels,
  maxItems,
  maxLength,
  multiline = false,
}: Props) {
  const [focusId, setFocusId] = useState<string | null>(null)
  const list = useRef<HTMLUListElement>(null)
  const addButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (focusId === null) return
    list.current?.querySelector<HTMLElement>(`[data-item="${focusId}"]`)?.focus()
    setFocusId(null)
  }, [focusId])

  const update = (id: string, change: Partial<Checkable>) =>
    onChange(items.map((item) => (item.id === id ? { ...item, ...change } : item)))

  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index)
    onChange(next)
    const neighbour = next[index] ?? next[index - 1]
    if (neighbour) setFocusId(neighbour.id)
    else addButton.current?.focus()
  }

  const add = () => {
    const id = newItemId()
    onChange([...items, { id, text: '', done: false }])
    setFocusId(id)
  }

  return (
    <div className="prep-checklist">
      {items.length === 0 ? <p className="muted small">{labels.empty}</p> : null}
      <ul className="prep-checklist__list" ref={list}>
        {items.map((item, index) => {
          const n = index + 1
          const inputId = `${idPrefix}-${item.id}`
          return (
            <li key={item.id} className="prep-checklist__item">
              <input
                type="checkbox"
                className="prep-checkbox"
                checked={item.done}
                aria-label={labels.checkLabel(n)}
                title={labels.check}
                onChange={(event) => update(item.id, { done: event.target.checked })}
              />
              <label className="sr-only" htmlFor={inputId}>
                {labels.item(n)}
              </label>
              {multiline ? (
                <textarea
                  id={inputId}
                  data-item={item.id}
                  className="input prep-checklist__input"
                  rows={2}
                  maxLength={maxLength}
                  value={item.text}
                  placeholder={labels.item(n)}
                  onChange={(event) => update(item.id, { text: event.target.value })}
                />
              ) : (
                <input
                  id={inputId}
                  data-item={item.id}
                  className="input prep-checklist__input"
                  maxLength={maxLength}
                  value={item.text}
                  placeholder={labels.item(n)}
                  onChange={(event) => update(item.id, { text: event.target.value })}
                />
              )}
              <button
                type="button"
                className="prep-remove"
                aria-label={labels.removeLabel(n)}
                title={labels.remove}
                onClick={() => remove(index)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          )
        })}
      </ul>
      {items.length < maxItems ? (
        <Button ref={addButton} variant="secondary" className="prep-add" onClick={add}>
          <span aria-hidden="true">+</span> {labels.add}
        </Button>
      ) : null}
    </div>
  )
}
