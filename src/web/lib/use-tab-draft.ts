import { useEffect, useState } from 'react'

const PREFIX = 'rebond.draft.'

function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(PREFIX + key)
  } catch {
    return null
  }
}

/**
 * A piece of text kept in this tab's sessionStorage, so that a reload does not lose it. It never
 * leaves the browser, goes away with the tab, and is wiped when the session ends (clearTabDrafts).
 */
export function useTabDraft(key: string, initial: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => read(key) ?? initial)
  useEffect(() => {
    try {
      if (value === initial) window.sessionStorage.removeItem(PREFIX + key)
      else window.sessionStorage.setItem(PREFIX + key, value)
    } catch {
      // Storage full or disabled: the text stays on screen, it just will not survive a reload.
    }
  }, [key, value, initial])
  return [value, setValue]
}

/** Forgets every draft kept in this tab (at sign-out, so the next person does not see them). */
export function clearTabDrafts() {
  try {
    const storage = window.sessionStorage
    for (let i = storage.length - 1; i >= 0; i--) {
      const name = storage.key(i)
      if (name?.startsWith(PREFIX)) storage.removeItem(name)
    }
  } catch {
    // Nothing stored, nothing to forget.
  }
}
