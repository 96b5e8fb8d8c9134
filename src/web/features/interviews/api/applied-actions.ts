import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { prepResponseSchema } from '../../../../shared/schemas/preparation'
import { apiRequest } from '../../../lib/api-client'

/** The same key as the preparation page's plan: both show one plan, kept in one place. */
const planKey = (id: string) => ['preparation', 'plan', id] as const
const prepPath = (id: string) => `/api/interviews/${encodeURIComponent(id)}/prep`

/** The interview's preparation plan, for the actions it carried in. */
export function useCarriedPlan(interviewId: string) {
  return useQuery({
    queryKey: planKey(interviewId),
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
      queryClient.setQueryData(planKey(interviewId), plan)
      // "Lessons applied" is a Progress figure.
      void queryClient.invalidateQueries({ queryKey: ['progress'] })
    },
  })
}
