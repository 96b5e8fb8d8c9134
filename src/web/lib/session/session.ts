import type { QueryClient } from '@tanstack/react-query'
import type { User } from '../../../shared/schemas/auth'
import { queryKeys } from '../query-keys'
import { clearTabDrafts } from '../use-tab-draft'
import { keepOfflineDataFor } from './offline-owner'
import { listenToOtherTabs, tellOtherTabs } from './other-tabs'

/** Why a session ended on purpose; the sign-in guard then goes to the welcome page with a notice. */
export type SessionExit = 'signedOut' | 'accountDeleted'

let pendingExit: SessionExit | null = null

export function getSessionExit(): SessionExit | null {
  return pendingExit
}

export function clearSessionExit() {
  pendingExit = null
}

/** After sign-in or sign-up: the user becomes the current user. */
export function startSession(queryClient: QueryClient, user: User) {
  pendingExit = null
  void keepOfflineDataFor(user.id)
  queryClient.setQueryData(queryKeys.me, user)
  tellOtherTabs({ user, exit: null })
}

/** Replaces the current user after a change (name, language). */
export function updateSessionUser(queryClient: QueryClient, user: User) {
  queryClient.setQueryData(queryKeys.me, user)
}

/**
 * Forgets everything cached about the person. With a reason, the guard sends them to the
 * welcome page with a notice; without one (an expired session), to the sign-in page.
 */
export function endSession(queryClient: QueryClient, exit: SessionExit | null) {
  forgetSession(queryClient, exit)
  tellOtherTabs({ user: null, exit })
}

function forgetSession(queryClient: QueryClient, exit: SessionExit | null) {
  pendingExit = exit
  clearTabDrafts()
  // The service worker's copies of this person's answers go too (lib/offline-data.ts).
  void keepOfflineDataFor(null)
  // Everything but the current user itself, including what hangs under it (the account's devices).
  queryClient.removeQueries({
    predicate: (query) => !(query.queryKey.length === 1 && query.queryKey[0] === queryKeys.me[0]),
  })
  queryClient.setQueryData(queryKeys.me, null)
}

/**
 * Follows what other tabs do: a sign-out or a deletion there ends the session here too, with the same
 * notice; someone else signing in there reloads this tab on their Home, so nothing of the previous
 * person stays on screen or in memory. The same person signing in again changes nothing.
 */
export function followOtherTabs(queryClient: QueryClient, reload: (path: string) => void): () => void {
  return listenToOtherTabs(({ user, exit }) => {
    const shown = queryClient.getQueryData<User | null>(queryKeys.me)
    if (user === null) {
      if (shown) forgetSession(queryClient, exit)
      return
    }
    if (shown && shown.id !== user.id) reload('/home')
    else if (!shown) queryClient.setQueryData(queryKeys.me, user)
  })
}
