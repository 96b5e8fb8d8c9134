import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError, isApiError } from './api-client'
import { endSession } from './session/session'

function onSessionLost(error: unknown, queryClient: QueryClient) {
  // The session expired or was closed elsewhere: back to sign-in, which brings the person back here.
  if (isApiError(error, 401) && error.code === 'unauthenticated') endSession(queryClient, null)
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
