import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { sessionsResponseSchema } from '../../../../shared/schemas/auth'
import { apiRequest, apiRequestNoContent } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

export const sessionsKey = [...queryKeys.me, 'sessions'] as const

export async function getSessions() {
  const { sessions } = await apiRequest('/api/me/sessions', sessionsResponseSchema)
  return sessions
}

/** The devices signed in to this account, most recently used first. */
export function useSessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: getSessions })
}

export async function endSessionById(id: string) {
  await apiRequestNoContent(`/api/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' })
}

export function useEndSession() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: endSessionById,
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  })
}
