import { useMutation, useQueryClient } from '@tanstack/react-query'
import { prepResponseSchema } from '../../../../shared/schemas/preparation'
import { apiRequest, type Delivery } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import type { Research } from './get-plan'

export function saveResearch(interviewId: string, research: Research, delivery: Delivery = {}) {
  return apiRequest(`/api/interviews/${encodeURIComponent(interviewId)}/research`, prepResponseSchema, {
    method: 'PUT',
    body: { research },
    ...delivery,
  })
}

/** Saves the notes on the company (shared by all its rounds); the answer is the whole plan. */
export function useSaveResearch(interviewId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ research, keepalive }: { research: Research } & Delivery) =>
      saveResearch(interviewId, research, { keepalive }),
    onSuccess: (plan) => {
      queryClient.setQueryData(queryKeys.preparationPlans.one(interviewId), plan)
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
