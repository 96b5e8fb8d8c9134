import { useCallback, useEffect, useState } from 'react'
import type { DebriefContent } from '../../../../domain/debrief'
import { Button } from '../../../components/ui/button'
import type { Edit } from './step-types'

// What the steps made of a list (questions replayed, lessons and their actions) share.

/** A first empty item is there from the start: nothing to click before typing. */
export function useFirstItem<K extends 'questions' | 'lessons'>(
  edit: Edit,
  key: K,
  empty: () => DebriefContent[K][number],
) {
  useEffect(() => {
    edit((c) => (c[key].length === 0 ? { ...c, [key]: [empty()] } : c))
  }, [edit, key, empty])
}

/** Focuses the element with this id once the next render has put it in the page. */
export function useFocusSoon(): (id: string) => void {
  const [focusId, setFocusId] = useState<string | null>(null)
  useEffect(() => {
    if (!focusId) return
    document.getElementById(focusId)?.focus()
    setFocusId(null)
  }, [focusId])
  return setFocusId
}

/** The last thing removed, kept so that it can be put back until the undo bar goes. */
export function useLastRemoved<R>() {
  const [removed, setRemoved] = useState<R | null>(null)
  const forget = useCallback(() => setRemoved(null), [])
  return { removed, remember: setRemoved, forget }
}

/** The list with the item put back at its place, or at the end when the list has shrunk since. */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const next = [...list]
  next.splice(Math.min(index, next.length), 0, item)
  return next
}

/** The list with one item, found by id, changed. */
export function patchById<T extends { id: string }>(list: readonly T[], id: string, patch: Partial<T>): T[] {
  return list.map((x) => (x.id === id ? { ...x, ...patch } : x))
}

type AddItemProps = {
  id: string
  count: number
  max: number
  onAdd: () => void
  label: string
  /** Said instead of the button once the list is full. */
  full: string
}

/** "+ Add ..." under a list, until it holds as many items as it may. */
export function AddItem({ id, count, max, onAdd, label, full }: AddItemProps) {
  if (count >= max) return <p className="muted">{full}</p>
  return (
    <Button id={id} variant="secondary" className="align-start" onClick={onAdd}>
      + {label}
    </Button>
  )
}
