import { queryOptions, useQuery } from '@tanstack/react-query'
import { followUpsResponseSchema } from '../../../../shared/schemas/feedback'
import { apiRequest } from '../../../lib/api-client'
import { fetchedBeforeThisPage } from '../../../lib/query-client'
import { queryKeys } from '../../../lib/query-keys'

/** Under Home's key, so that it refreshes with Home. */
export const followUpsKey = [...queryKeys.home, 'follow-ups'] as const

export function getFollowUps(signal?: AbortSignal) {
  return apiRequest('/api/feedback/follow-ups', followUpsResponseSchema, { signal })
}

/** Feedback requests whose follow-up date has come. */
export function useFollowUps() {
  return useQuery(followUpsQuery)
}

export const followUpsQuery = queryOptions({
  queryKey: followUpsKey,
  queryFn: ({ signal }) => getFollowUps(signal),
  refetchOnMount: fetchedBeforeThisPage,
})
