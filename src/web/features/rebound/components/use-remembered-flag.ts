import { useState } from 'react'

/** A yes/no kept on this device under `key` (e.g. "not now" on an offer); in memory when storage fails. */
export function useRememberedFlag(key: string): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      return window.localStorage.getItem(key) === '1'
    } catch {
      return false
    }
  })
  const set = (next: boolean) => {
    setValue(next)
    try {
      if (next) window.localStorage.setItem(key, '1')
      else window.localStorage.removeItem(key)
    } catch {
      // Storage disabled: the choice holds for this visit.
    }
  }
  return [value, set]
}
