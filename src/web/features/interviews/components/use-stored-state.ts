import { useEffect, useState } from 'react'

/**
 * State kept in localStorage under `key`, so that a form half filled in on a phone survives a
 * reload or the browser closing the tab. `null` as key keeps it in memory only.
 */
export function useStoredState<T>(
  key: string | null,
  initial: () => T,
  isValid: (value: unknown) => value is T,
): [T, (update: T | ((previous: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => {
    if (key === null) return initial()
    try {
      const raw = window.localStorage.getItem(key)
      if (raw) {
        const parsed: unknown = JSON.parse(raw)
        if (isValid(parsed)) return parsed
      }
    } catch {
      // Unreadable: start afresh.
    }
    return initial()
  })
  const [cleared, setCleared] = useState(false)

  useEffect(() => {
    if (key === null || cleared) return
    try {
      window.localStorage.setItem(key, JSON.stringify(value))
    } catch {
      // Storage full or disabled: the form still works, it just will not survive a reload.
    }
  }, [key, value, cleared])

  function clear() {
    setCleared(true)
    if (key === null) return
    try {
      window.localStorage.removeItem(key)
    } catch {
      // Nothing stored.
    }
  }

  return [value, setValue, clear]
}
