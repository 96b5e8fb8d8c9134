import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { type newReboundSchema, reboundSchema } from '../../../shared/schemas/rebounds'
import { apiRequest } from '../api-client'
import { queryKeys } from '../query-keys'

/** After a rejection: of one interview, or of a whole application; `markRejected` records it first. */
export type NewRebound = z.input<typeof newReboundSchema>

export function startRebound(body: NewRebound) {
  return apiRequest('/api/rebounds', reboundSchema, { method: 'POST', body })
}

/**
 * Starts the 48-hour rebound after a recent rejection; the answer is the new rebound, or the one
 * already open for the same rejection. Offered on Home and where the rejection is recorded.
 */
export function useStartRebound() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: startRebound,
    onSuccess: (rebound, body) => {
      queryClient.setQueryData(queryKeys.rebounds.one(rebound.id), rebound)
      void queryClient.invalidateQueries({ queryKey: queryKeys.rebounds.list })
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
      // A rejection recorded on the way changed the interview and the lists it shows in.
      if (body.markRejected) void queryClient.invalidateQueries({ queryKey: queryKeys.interviews.all })
    },
  })
}

/** Where the plan opens after a rejection recorded in one tap: the 48-hour plan at the top. */
export const reboundPlanPath = (id: string) => `/rebound/${encodeURIComponent(id)}#plan`
