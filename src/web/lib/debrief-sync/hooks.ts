import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { useCurrentUser } from '../session/get-me'
import type { SyncSnapshot } from './reducer'
import { debriefSyncFor, followedDebriefSync } from './registry'
import type { DebriefSync } from './store'

const noSubscription = () => () => {}

/** The state of a debrief this tab already follows, without loading it (null if none). */
export function useFollowedDebrief(userId: string, interviewId: string): SyncSnapshot | null {
  const store = followedDebriefSync(userId, interviewId)
  const subscribe = useMemo(() => store?.subscribe ?? noSubscription, [store])
  return useSyncExternalStore(subscribe, () => store?.getSnapshot() ?? null)
}

/** The debrief of an interview, kept in sync with the server; loads it on first use. */
export function useDebriefSync(interviewId: string): [SyncSnapshot, DebriefSync] {
  const user = useCurrentUser()
  const store = useMemo(() => debriefSyncFor(user.id, interviewId), [user.id, interviewId])
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot)
  useEffect(() => {
    store.ensureLoaded()
  }, [store])
  return [snapshot, store]
}
