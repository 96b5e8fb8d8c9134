/**
 * The one way the web app keeps things in the browser (localStorage, sessionStorage).
 *
 * - Keys are namespaced: `writeJson('pitch.draft.u1', …)` is stored under `rebond.pitch.draft.u1`.
 * - Never throws: storage disabled (private browsing), missing (tests, old browsers) or full reads
 *   as "nothing stored", and a write that could not happen returns false. What is on screen stays.
 * - Text as it is (`readText`/`writeText`), or any value as JSON (`readJson`/`writeJson`).
 *   `readJson` returns `unknown`: check its shape before use, it may come from an older app.
 */
export type DeviceStore = {
  /** The text stored under `key`, or null (nothing, or storage unavailable). */
  readText(key: string): string | null
  /** Stores text as it is; false when it could not be stored (full, disabled). */
  writeText(key: string, value: string): boolean
  /** The JSON value stored under `key`, or null (nothing, unreadable, or storage unavailable). */
  readJson(key: string): unknown
  /** Stores a value as JSON; false when it could not be stored (full, disabled). */
  writeJson(key: string, value: unknown): boolean
  remove(key: string): void
  /** The keys stored under a prefix (namespace left out), e.g. `keys('draft.')`. */
  keys(prefix?: string): string[]
  /** Removes every key under a prefix, e.g. at sign-out. */
  removeAll(prefix: string): void
}

export const NAMESPACE = 'rebond.'

/** A store over a Storage area; `area` is asked for each time, as reaching it may itself throw. */
export function createDeviceStore(area: () => Storage | undefined): DeviceStore {
  const storage = (): Storage | null => {
    try {
      return area() ?? null
    } catch {
      return null
    }
  }

  const readText = (key: string): string | null => {
    try {
      return storage()?.getItem(NAMESPACE + key) ?? null
    } catch {
      return null
    }
  }

  const writeText = (key: string, value: string): boolean => {
    const store = storage()
    if (!store) return false
    try {
      store.setItem(NAMESPACE + key, value)
      return true
    } catch {
      return false
    }
  }

  const keys = (prefix = ''): string[] => {
    const store = storage()
    if (!store) return []
    const found: string[] = []
    try {
      for (let i = 0; i < store.length; i++) {
        const name = store.key(i)
        if (name?.startsWith(NAMESPACE + prefix)) found.push(name.slice(NAMESPACE.length))
      }
    } catch {
      // Unavailable half-way: what was found so far.
    }
    return found
  }

  const remove = (key: string) => {
    try {
      storage()?.removeItem(NAMESPACE + key)
    } catch {
      // Nothing that can be removed.
    }
  }

  return {
    readText,
    writeText,
    readJson(key) {
      const text = readText(key)
      if (text === null) return null
      try {
        return JSON.parse(text) as unknown
      } catch {
        return null
      }
    },
    writeJson(key, value) {
      let text: string
      try {
        text = JSON.stringify(value)
      } catch {
        return false
      }
      return writeText(key, text)
    },
    remove,
    keys,
    removeAll(prefix) {
      for (const key of keys(prefix)) remove(key)
    },
  }
}

const browserArea = (name: 'localStorage' | 'sessionStorage') => () =>
  typeof window === 'undefined' ? undefined : window[name]

/** Kept on this device until removed (localStorage): drafts, choices, dismissed offers. */
export const deviceStorage: DeviceStore = createDeviceStore(browserArea('localStorage'))

/** Kept for this tab only, through reloads (sessionStorage). */
export const tabStorage: DeviceStore = createDeviceStore(browserArea('sessionStorage'))
