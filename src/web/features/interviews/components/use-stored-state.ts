import { useEffect, useState } from 'react'
import { deviceStorage } from '../../../lib/device-storage'

/**
 * State kept on this device under `key` (see lib/device-storage), so that a form half filled in
 * on a phone survives a reload or the browser closing the tab. `null` as key keeps it in memory only.
 */
export function useStoredState<T>(
  key: string | null,
  initial: () => T,
  isValid: (value: unknown) => value is T,
): [T, (update: T | ((previous: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => {
    if (key === null) return initial()
    // Unreadable or from an older form: start afresh.
    const stored = deviceStorage.readJson(key)
    return isValid(stored) ? stored : initial()
  })
  const [cleared, setCleared] = useState(false)

  useEffect(() => {
    // Storage full or disabled: the form still works, it just will not survive a reload.
    if (key !== null && !cleared) deviceStorage.writeJson(key, value)
  }, [key, value, cleared])

  function clear() {
    setCleared(true)
    if (key !== null) deviceStorage.remove(key)
  }

  return [value, setValue, clear]
}
