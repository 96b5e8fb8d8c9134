import { queryOptions, useQuery } from '@tanstack/react-query'
import { SESSION_READ } from '../../../shared/page-reads'
import type { User } from '../../../shared/schemas/auth'
import { apiRequestRead } from '../api-client'
import { queryKeys } from '../query-keys'
import { keepOfflineDataFor } from './offline-owner'
import { readSessionState } from './session-state'

/**
 * The signed-in person, or null when there is no session. Asked of `/api/auth/session`, which
 * answers an anonymous visit with 200 and null: no failed request in the console of a page that
 * anyone may open.
 */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  const { user } = await apiRequestRead(SESSION_READ, readSessionState, { signal })
  // Before any page asks for data: what the service worker kept for someone else goes.
  await keepOfflineDataFor(user?.id ?? null)
  return user
}

/** The session query: every reader of `queryKeys.me` uses these options, so any of them can refetch it. */
export const meQuery = queryOptions({
  queryKey: queryKeys.me,
  queryFn: ({ signal }) => getMe(signal),
  staleTime: 5 * 60 * 1000,
})

export function useMe() {
  return useQuery(meQuery)
}

/** The signed-in person, for pages that only render behind the sign-in guard. */
export function useCurrentUser(): User {
  const { data } = useMe()
  if (!data) throw new Error('useCurrentUser is only for pages behind the sign-in guard')
  return data
}
