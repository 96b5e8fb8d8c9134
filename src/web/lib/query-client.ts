import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError, isApiError } from './api-client'
import { endSession } from './session/session'

function onSessionLost(error: unknown, queryClient: QueryClient) {
  // The session expired or was closed elsewhere: back to sign-in, which brings the person back here.
  if (isApiError(error, 401) && error.code === 'unauthenticated') endSession(queryClient, null)
}

/**
 * What a page fetches into the query cache as its route opens, from its address, so that it renders
 * with its data (app/read-ahead.ts): it never throws, a failed query being the page's to show.
 */
export type PagePrefetch = (
  queryClient: QueryClient,
  params: Readonly<Record<string, string | undefined>>,
  search: URLSearchParams,
) => Promise<unknown>

/** Data fetched this recently, as its page opened (app/read-ahead.ts), is not asked again as the page mounts. */
const JUST_FETCHED_MS = 5_000

/**
 * `refetchOnMount` for the queries a route fetches before its page renders: a stale answer is asked again
 * as a page mounts (TanStack's default), unless it arrived a moment ago for this very page.
 */
export function fetchedBeforeThisPage(query: { state: { dataUpdatedAt: number } }): boolean {
  return Date.now() - query.state.dataUpdatedAt > JUST_FETCHED_MS
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onSessionLost(error, queryClient) }),
    mutationCache: new MutationCache({ onError: (error) => onSessionLost(error, queryClient) }),
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again; a network hiccup or a 5xx may.
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: true,
        // Try even when the browser says it is offline: the person gets a clear message
        // and a retry button instead of a request silently waiting for the network.
        networkMode: 'always',
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  })
  return queryClient
}
