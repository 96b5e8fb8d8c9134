/**
 * Web Locks between the tabs of this browser. While a tab has debrief edits not on the server
 * yet, it holds a shared lock named after the debrief: other tabs then know those edits have
 * someone to send them, and do not send them in its place. Without Web Locks, every function
 * here does nothing: other tabs may then send the same edits, under the same version rules.
 */

function lockManager(): LockManager | null {
  try {
    return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null
  } catch {
    return null
  }
}

export const debriefLockName = (userId: string, interviewId: string) =>
  `rebond.debrief.${userId}.${interviewId}`

export type HeldLock = {
  /** Holds the lock while `wanted` is true, lets it go otherwise; cheap when nothing changes. */
  want(wanted: boolean): void
}

export function sharedLock(name: string): HeldLock {
  let wanted = false
  // Each change of mind gets a number: a lock granted after the tab stopped wanting it is let go.
  let generation = 0
  let release: (() => void) | null = null
  return {
    want(next) {
      if (next === wanted) return
      wanted = next
      generation += 1
      release?.()
      release = null
      const manager = lockManager()
      if (!next || !manager) return
      const asked = generation
      manager
        .request(name, { mode: 'shared' }, () =>
          asked === generation
            ? new Promise<void>((resolve) => {
                release = resolve
              })
            : undefined,
        )
        .catch(() => {
          // No lock: other tabs may send these edits too, under the same version rules.
        })
    },
  }
}

/** Names of the locks held or asked for by any tab; null when the browser has no Web Locks. */
export async function locksInUse(): Promise<Set<string> | null> {
  const manager = lockManager()
  if (!manager) return null
  try {
    const state = await manager.query()
    return new Set([...(state.held ?? []), ...(state.pending ?? [])].map((lock) => lock.name ?? ''))
  } catch {
    return null
  }
}

const awaitingRelease = new Set<string>()

/** Runs `then` once no other tab holds the lock (at once if none does), asking only once per lock. */
export function afterRelease(name: string, then: () => void) {
  const manager = lockManager()
  if (!manager || awaitingRelease.has(name)) return
  awaitingRelease.add(name)
  manager
    .request(name, { mode: 'exclusive' }, () => {
      awaitingRelease.delete(name)
      then()
    })
    .catch(() => awaitingRelease.delete(name))
}
