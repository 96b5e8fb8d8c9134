import { useMutation, useQueryClient } from '@tanstack/react-query'
import { prepResponseSchema } from '../../../../shared/schemas/preparation'
import { apiRequest, type Delivery } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import { type Plan, prepPath } from './get-plan'

export type PrepPatch = Partial<Pick<Plan, 'questionsToAsk' | 'logistics' | 'appliedActionIds'>>

export function savePrep(interviewId: string, patch: PrepPatch, delivery: Delivery = {}) {
  return apiRequest(prepPath(interviewId), prepResponseSchema, { method: 'PUT', body: patch, ...delivery })
}

/** Saves part of the plan (sent with `keepalive` as the page closes); the answer is the whole plan. */
export function useSavePrep(interviewId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ keepalive, ...patch }: PrepPatch & Delivery) =>
      savePrep(interviewId, patch, { keepalive }),
    onSuccess: (plan) => {
      queryClient.setQueryData(queryKeys.preparationPlans.one(interviewId), plan)
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
