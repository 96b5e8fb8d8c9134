import { useQuery } from '@tanstack/react-query'
import { type ReboundView, reboundSchema } from '../../../../shared/schemas/rebounds'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

export type Rebound = ReboundView
export type ReboundStep = Rebound['steps'][number]

export const reboundPath = (id: string) => `/api/rebounds/${encodeURIComponent(id)}`

export function getRebound(id: string, signal?: AbortSignal) {
  return apiRequest(reboundPath(id), reboundSchema, { signal })
}

/** One rebound: how it feels, what was learned, its small plan. */
export function useRebound(id: string) {
  return useQuery({
    queryKey: queryKeys.rebounds.one(id),
    queryFn: ({ signal }) => getRebound(id, signal),
  })
}
