import { useEffect, useState } from 'react'
import { tabStorage } from './device-storage'

const PREFIX = 'draft.'

/**
 * A piece of text kept for this tab (tab storage), so that a reload does not lose it. It never
 * leaves the browser, goes away with the tab, and is wiped when the session ends (clearTabDrafts).
 */
export function useTabDraft(key: string, initial: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => tabStorage.readText(PREFIX + key) ?? initial)
  useEffect(() => {
    // Storage full or disabled: the text stays on screen, it just will not survive a reload.
    if (value === initial) tabStorage.remove(PREFIX + key)
    else tabStorage.writeText(PREFIX + key, value)
  }, [key, value, initial])
  return [value, setValue]
}

/** Forgets every draft kept in this tab (at sign-out, so the next person does not see them). */
export function clearTabDrafts() {
  tabStorage.removeAll(PREFIX)
}
