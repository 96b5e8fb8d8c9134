import { queryOptions, useQuery } from '@tanstack/react-query'
import { moodsResponseSchema } from '../../../../shared/schemas/progress'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

export const moodsKey = [...queryKeys.progress, 'moods'] as const

export function getMoods(signal?: AbortSignal) {
  return apiRequest('/api/moods', moodsResponseSchema, { signal })
}

/** Every mood check-in, oldest first. */
export function useMoods() {
  return useQuery(moodsQuery)
}

export const moodsQuery = queryOptions({
  queryKey: moodsKey,
  queryFn: ({ signal }) => getMoods(signal),
})
