import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import {
  type newReboundSchema,
  type ReboundView,
  reboundSchema,
  reboundsResponseSchema,
} from '../../../../shared/schemas/progress'
import { apiRequest } from '../../../lib/api-client'

export type Rebound = ReboundView
export type ReboundStep = Rebound['steps'][number]
export type ReboundPatch = Partial<Pick<Rebound, 'mood' | 'learned' | 'steps'>> & { closed?: boolean }
export type NewRebound = z.input<typeof newReboundSchema>

export const reboundKeys = {
  all: ['rebounds'] as const,
  list: ['rebounds', 'list'] as const,
  one: (id: string) => ['rebounds', 'one', id] as const,
}

const path = (id: string) => `/api/rebounds/${encodeURIComponent(id)}`

export function useRebound(id: string) {
  return useQuery({
    queryKey: reboundKeys.one(id),
    queryFn: ({ signal }) => apiRequest(path(id), reboundSchema, { signal }),
  })
}

/** Rebounds, newest first, and the recent rejections that no rebound follows yet. */
export function useRebounds(enabled = true) {
  return useQuery({
    queryKey: reboundKeys.list,
    queryFn: ({ signal }) => apiRequest('/api/rebounds', reboundsResponseSchema, { signal }),
    enabled,
  })
}

/** Saves part of a rebound; the answer is the whole rebound. */
export function useUpdateRebound(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (patch: ReboundPatch) =>
      apiRequest(path(id), reboundSchema, { method: 'PATCH', body: patch }),
    onSuccess: (rebound) => {
      queryClient.setQueryData(reboundKeys.one(id), rebound)
      void queryClient.invalidateQueries({ queryKey: reboundKeys.list })
      void queryClient.invalidateQueries({ queryKey: ['home'] })
    },
  })
}

/** Starts the 48-hour rebound (or finds the one already open for the same rejection). */
export function useStartRebound() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NewRebound) => apiRequest('/api/rebounds', reboundSchema, { method: 'POST', body }),
    onSuccess: (rebound) => {
      queryClient.setQueryData(reboundKeys.one(rebound.id), rebound)
      void queryClient.invalidateQueries({ queryKey: reboundKeys.list })
      void queryClient.invalidateQueries({ queryKey: ['home'] })
    },
  })
}
