import { queryOptions, useQuery } from '@tanstack/react-query'
import { queueResponseSchema } from '../../../../shared/schemas/rehearsal'
import { apiRequest } from '../../../lib/api-client'
import { fetchedBeforeThisPage } from '../../../lib/query-client'
import { rehearsalKeys } from './rehearsal-keys'

export function getQueue(signal?: AbortSignal) {
  return apiRequest('/api/rehearsal/queue', queueResponseSchema, { signal })
}

/** The cards due now, and when the next one is. */
export function useQueue(enabled = true) {
  return useQuery({ ...queueQuery, enabled })
}

export const queueQuery = queryOptions({
  queryKey: rehearsalKeys.queue,
  queryFn: ({ signal }) => getQueue(signal),
  refetchOnMount: fetchedBeforeThisPage,
})
