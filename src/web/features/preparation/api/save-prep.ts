import { useMutation, useQueryClient } from '@tanstack/react-query'
import { prepResponseSchema } from '../../../../shared/schemas/preparation'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import { type Plan, prepPath } from './get-plan'

export type PrepPatch = Partial<Pick<Plan, 'questionsToAsk' | 'logistics' | 'appliedActionIds'>>

export function savePrep(interviewId: string, patch: PrepPatch) {
  return apiRequest(prepPath(interviewId), prepResponseSchema, { method: 'PUT', body: patch })
}

/** Saves part of the plan; the answer is the whole plan, readiness included. */
export function useSavePrep(interviewId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (patch: PrepPatch) => savePrep(interviewId, patch),
    onSuccess: (plan) => {
      queryClient.setQueryData(queryKeys.preparationPlans.one(interviewId), plan)
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
