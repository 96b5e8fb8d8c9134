import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { type Pitch, readiness } from '../../../../domain/preparation/plan'
import { errorResponseSchema } from '../../../../shared/schemas/common'
import {
  type PrepResponse,
  pitchResponseSchema,
  prepResponseSchema,
} from '../../../../shared/schemas/preparation'
import { ApiError, apiRequest, NetworkError } from '../../../lib/api-client'
import { currentLanguage } from '../../../lib/i18n'

export type Plan = PrepResponse
export type Research = Plan['research']
export type Checkable = Plan['questionsToAsk'][number]
export type Logistics = Plan['logistics']
export type PrepPatch = Partial<Pick<Plan, 'questionsToAsk' | 'logistics' | 'appliedActionIds'>>

export const preparationKeys = {
  plan: (id: string) => ['preparation', 'plan', id] as const,
  pitch: ['preparation', 'pitch'] as const,
}

const base = (id: string) => `/api/interviews/${encodeURIComponent(id)}`

/** PUT is not in the shared client: a small sender of our own, with the same errors. */
async function put<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>> {
  let response: Response
  try {
    response = await fetch(path, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': currentLanguage(),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
    })
  } catch (error) {
    throw new NetworkError(error)
  }
  let payload: unknown
  try {
    payload = await response.json()
  } catch {
    payload = undefined
  }
  if (!response.ok) {
    const error = errorResponseSchema.safeParse(payload)
    if (error.success) {
      const { code, message, fields } = error.data.error
      throw new ApiError({ status: response.status, code, message, fields })
    }
    throw new ApiError({ status: response.status, code: `http_${response.status}`, message: '' })
  }
  const parsed = schema.safeParse(payload)
  if (!parsed.success) throw new ApiError({ status: response.status, code: 'invalid_response', message: '' })
  return parsed.data
}

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

export function usePlan(id: string) {
  return useQuery({
    queryKey: preparationKeys.plan(id),
    queryFn: ({ signal }) => apiRequest(`${base(id)}/prep`, prepResponseSchema, { signal }),
  })
}

/** Saves part of the plan; the answer is the whole plan, readiness included. */
export function useSavePrep(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (patch: PrepPatch) => put(`${base(id)}/prep`, patch, prepResponseSchema),
    onSuccess: (plan) => {
      queryClient.setQueryData(preparationKeys.plan(id), plan)
      void queryClient.invalidateQueries({ queryKey: ['home'] })
    },
  })
}

export function useSaveResearch(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (research: Research) => put(`${base(id)}/research`, { research }, prepResponseSchema),
    onSuccess: (plan) => {
      queryClient.setQueryData(preparationKeys.plan(id), plan)
      void queryClient.invalidateQueries({ queryKey: ['home'] })
    },
  })
}

const actionStatusResponseSchema = z.object({ version: z.number() })

type ActionChange = { sourceInterviewId: string; actionId: string; status: 'open' | 'done' }

/** Ticks a carried action in the debrief it comes from, at once on screen, undone if it fails. */
export function useSetActionStatus(id: string) {
  const queryClient = useQueryClient()
  const key = preparationKeys.plan(id)
  return useMutation({
    // Ticked from this plan: the action stays here as done, and leaves the plans of later interviews.
    mutationFn: ({ sourceInterviewId, actionId, status }: ActionChange) =>
      apiRequest(
        `${base(sourceInterviewId)}/debrief/actions/${encodeURIComponent(actionId)}`,
        actionStatusResponseSchema,
        { method: 'PATCH', body: { status, planInterviewId: id } },
      ),
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
      void queryClient.invalidateQueries({ queryKey: ['preparation', 'plan'] })
      void queryClient.invalidateQueries({ queryKey: ['home'] })
    },
  })
}

export function usePitch() {
  return useQuery({
    queryKey: preparationKeys.pitch,
    queryFn: ({ signal }) => apiRequest('/api/pitch', pitchResponseSchema, { signal }),
  })
}

export function useSavePitch() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (pitch: Pitch) =>
      apiRequest('/api/pitch', pitchResponseSchema, { method: 'POST', body: { pitch } }),
    onSuccess: (data) => {
      queryClient.setQueryData(preparationKeys.pitch, data)
      void queryClient.invalidateQueries({ queryKey: ['preparation', 'plan'] })
      void queryClient.invalidateQueries({ queryKey: ['home'] })
    },
  })
}
