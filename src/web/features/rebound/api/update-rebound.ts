import { useMutation, useQueryClient } from '@tanstack/react-query'
import { reboundSchema } from '../../../../shared/schemas/rebounds'
import { apiRequest, type Delivery } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import { type Rebound, reboundPath } from './get-rebound'

export type ReboundPatch = Partial<Pick<Rebound, 'mood' | 'learned' | 'steps'>> & { closed?: boolean }

export function updateRebound(id: string, patch: ReboundPatch, delivery: Delivery = {}) {
  return apiRequest(reboundPath(id), reboundSchema, { method: 'PATCH', body: patch, ...delivery })
}

/** Saves part of a rebound; the answer is the whole rebound. */
export function useUpdateRebound(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ keepalive, ...patch }: ReboundPatch & Delivery) => updateRebound(id, patch, { keepalive }),
    onSuccess: (rebound) => {
      queryClient.setQueryData(queryKeys.rebounds.one(id), rebound)
      void queryClient.invalidateQueries({ queryKey: queryKeys.rebounds.list })
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
