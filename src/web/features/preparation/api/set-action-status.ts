import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { readiness } from '../../../../domain/preparation/plan'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import type { Plan } from './get-plan'

const actionStatusResponseSchema = z.object({ version: z.number() })

type ActionChange = { sourceInterviewId: string; actionId: string; status: 'open' | 'done' }

/** The plan with its readiness worked out again, for changes shown before the server answers. */
export function withReadiness(plan: Plan): Plan {
  return {
    ...plan,
    readiness: readiness({
      carriedActions: plan.carriedActions.map((c) => c.action),
      research: plan.research,
      questionsToAsk: plan.questionsToAsk,
      logistics: plan.logistics,
      hasPitch: plan.pitch !== null,
    }),
  }
}

/** Ticked from the plan of `planInterviewId`: the action is marked in the debrief it comes from. */
export function setActionStatus(
  planInterviewId: string,
  { sourceInterviewId, actionId, status }: ActionChange,
) {
  return apiRequest(
    `/api/interviews/${encodeURIComponent(sourceInterviewId)}/debrief/actions/${encodeURIComponent(actionId)}`,
    actionStatusResponseSchema,
    { method: 'PATCH', body: { status, planInterviewId } },
  )
}

/** Ticks a carried action in the debrief it comes from, at once on screen, undone if it fails. */
export function useSetActionStatus(id: string) {
  const queryClient = useQueryClient()
  const key = queryKeys.preparationPlans.one(id)
  return useMutation({
    // Ticked from this plan: the action stays here as done, and leaves the plans of later interviews.
    mutationFn: (change: ActionChange) => setActionStatus(id, change),
    onMutate: async ({ actionId, sourceInterviewId, status }) => {
      await queryClient.cancelQueries({ queryKey: key })
      const previous = queryClient.getQueryData<Plan>(key)
      if (previous) {
        queryClient.setQueryData<Plan>(
          key,
          withReadiness({
            ...previous,
            carriedActions: previous.carriedActions.map((c) =>
              c.action.id === actionId && c.sourceInterviewId === sourceInterviewId
                ? { ...c, action: { ...c.action, status } }
                : c,
            ),
          }),
        )
      }
      return { previous }
    },
    onError: (_error, _change, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous)
    },
    onSettled: () => {
      // Other plans change too: a done action leaves the plans of later interviews.
      void queryClient.invalidateQueries({ queryKey: queryKeys.preparationPlans.all })
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
