import { useMutation, useQueryClient } from '@tanstack/react-query'
import { prepResponseSchema } from '../../../../shared/schemas/preparation'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import type { Research } from './get-plan'

export function saveResearch(interviewId: string, research: Research) {
  return apiRequest(`/api/interviews/${encodeURIComponent(interviewId)}/research`, prepResponseSchema, {
    method: 'PUT',
    body: { research },
  })
}

/** Saves the notes on the company (shared by all its rounds); the answer is the whole plan. */
export function useSaveResearch(interviewId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (research: Research) => saveResearch(interviewId, research),
    onSuccess: (plan) => {
      queryClient.setQueryData(queryKeys.preparationPlans.one(interviewId), plan)
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
