import { useQuery } from '@tanstack/react-query'
import { reboundsResponseSchema } from '../../../../shared/schemas/rebounds'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

export function getRebounds(signal?: AbortSignal) {
  return apiRequest('/api/rebounds', reboundsResponseSchema, { signal })
}

/** Rebounds, newest first, and the recent rejections that no rebound follows yet. */
export function useRebounds(enabled = true) {
  return useQuery({
    queryKey: queryKeys.rebounds.list,
    queryFn: ({ signal }) => getRebounds(signal),
    enabled,
  })
}
