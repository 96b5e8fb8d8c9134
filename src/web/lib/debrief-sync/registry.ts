import { debriefDevice } from './device'
import { createDebriefSync, type DebriefSync } from './store'
import { afterRelease, debriefLockName, locksInUse } from './tab-locks'
import { waitingDrafts } from './waiting'

/** One sync per debrief per tab, shared by every page that shows it. */
const stores = new Map<string, DebriefSync>()
const storeKey = (userId: string, interviewId: string) => `${userId}:${interviewId}`

export function debriefSyncFor(userId: string, interviewId: string): DebriefSync {
  const key = storeKey(userId, interviewId)
  let store = stores.get(key)
  if (!store) {
    store = createDebriefSync(userId, interviewId)
    stores.set(key, store)
  }
  return store
}

/** The sync of a debrief this tab already follows, without creating one (undefined if none). */
export const followedDebriefSync = (userId: string, interviewId: string): DebriefSync | undefined =>
  stores.get(storeKey(userId, interviewId))

/** After the interview is deleted: its sync stops and nothing of it stays on this device. */
export function forgetDebriefSync(userId: string, interviewId: string) {
  const key = storeKey(userId, interviewId)
  const store = stores.get(key)
  if (store) store.forgetEverything()
  else debriefDevice(userId, interviewId).forgetEverything()
  stores.delete(key)
}

/**
 * Sends the drafts this person left on this device: from a tab since closed, or from before the
 * app was (re)opened. Each goes through the version rules: sent, recognised as already saved,
 * or, if the debrief changed elsewhere meanwhile, held as a conflict with both versions kept.
 * A draft another open tab is still sending (it holds the debrief's lock) is left to it, and
 * taken over only if that tab closes first. `onPicked` hears of each debrief taken up.
 */
export async function sendWaitingDrafts(userId: string, onPicked: (interviewId: string) => void = () => {}) {
  const ids = waitingDrafts(userId)
  if (ids.length === 0) return
  const inUse = await locksInUse()
  for (const id of ids) {
    const name = debriefLockName(userId, id)
    const take = () => {
      debriefSyncFor(userId, id).resume()
      onPicked(id)
    }
    const live = followedDebriefSync(userId, id)
    if (live?.hasUnsentEdits() || !inUse?.has(name)) take()
    else
      afterRelease(name, () => {
        if (debriefDevice(userId, id).readDraft()) take()
      })
  }
}
