import { useQuery } from '@tanstack/react-query'
import { followUpsResponseSchema } from '../../../../shared/schemas/feedback'
import { apiRequest } from '../../../lib/api-client'

/** Feedback requests whose follow-up date has come. Under ['home'], so it refreshes with Home. */
export function useFollowUps() {
  return useQuery({
    queryKey: ['home', 'follow-ups'],
    queryFn: ({ signal }) => apiRequest('/api/feedback/follow-ups', followUpsResponseSchema, { signal }),
  })
}
