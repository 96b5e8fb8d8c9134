import { useState } from 'react'
import { deviceStorage } from './device-storage'

/**
 * A yes/no kept on this device under `key` (e.g. "not now" on an offer); in memory only when
 * storage fails. Stored as "1", absent for no.
 */
export function useRememberedFlag(key: string): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => deviceStorage.readText(key) === '1')
  const set = (next: boolean) => {
    setValue(next)
    // Storage disabled: the choice holds for this visit.
    if (next) deviceStorage.writeText(key, '1')
    else deviceStorage.remove(key)
  }
  return [value, set]
}
