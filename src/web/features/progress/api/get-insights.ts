import { queryOptions, useQuery } from '@tanstack/react-query'
import { insightsResponseSchema } from '../../../../shared/schemas/progress'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

export const insightsKey = [...queryKeys.progress, 'insights'] as const

export function getInsights(signal?: AbortSignal) {
  return apiRequest('/api/insights', insightsResponseSchema, { signal })
}

/** Statements the whole history supports (not only the chosen period). */
export function useInsights() {
  return useQuery(insightsQuery)
}

export const insightsQuery = queryOptions({
  queryKey: insightsKey,
  queryFn: ({ signal }) => getInsights(signal),
})
