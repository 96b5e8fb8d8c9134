import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  calendarFeedCreatedResponseSchema,
  calendarFeedStateResponseSchema,
} from '../../../../shared/schemas/calendar-feed'
import { apiRequest, apiRequestNoContent } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

export const calendarFeedKey = [...queryKeys.me, 'calendar-feed'] as const

export async function getCalendarFeed() {
  const { feed } = await apiRequest('/api/me/calendar-feed', calendarFeedStateResponseSchema)
  return feed
}

/** Whether a subscription address exists, and since when (the address itself is shown only when made). */
export function useCalendarFeed() {
  return useQuery({ queryKey: calendarFeedKey, queryFn: getCalendarFeed })
}

export const createCalendarFeed = () =>
  apiRequest('/api/me/calendar-feed', calendarFeedCreatedResponseSchema, { method: 'POST', body: {} })

/** Makes a new address; the previous one, if any, stops working. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createCalendarFeed,
    onSuccess: (created) => queryClient.setQueryData(calendarFeedKey, { createdAt: created.createdAt }),
  })
}

export const revokeCalendarFeed = () => apiRequestNoContent('/api/me/calendar-feed', { method: 'DELETE' })

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: () => queryClient.setQueryData(calendarFeedKey, null),
  })
}
