import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { prepResponseSchema } from '../../../../shared/schemas/preparation'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

const prepPath = (id: string) => `/api/interviews/${encodeURIComponent(id)}/prep`

/** The interview's preparation plan, for the actions it carried in (the same cache entry as the plan's page). */
export function useCarriedPlan(interviewId: string) {
  return useQuery({
    queryKey: queryKeys.preparationPlans.one(interviewId),
    queryFn: ({ signal }) => apiRequest(prepPath(interviewId), prepResponseSchema, { signal }),
  })
}

/** Saves which carried actions were applied; the answer is the whole plan. */
export function useSaveAppliedActions(interviewId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (appliedActionIds: string[]) =>
      apiRequest(prepPath(interviewId), prepResponseSchema, {
        method: 'PUT',
        body: { appliedActionIds },
      }),
    onSuccess: (plan) => {
      queryClient.setQueryData(queryKeys.preparationPlans.one(interviewId), plan)
      // "Lessons applied" is a Progress figure.
      void queryClient.invalidateQueries({ queryKey: queryKeys.progress })
    },
  })
}
