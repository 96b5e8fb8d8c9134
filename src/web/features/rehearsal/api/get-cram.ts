import { useQuery } from '@tanstack/react-query'
import { cramResponseSchema } from '../../../../shared/schemas/rehearsal'
import { apiRequest, withQuery } from '../../../lib/api-client'
import { rehearsalKeys } from './rehearsal-keys'

export function getCram(interviewId: string, signal?: AbortSignal) {
  return apiRequest(withQuery('/api/rehearsal/cram', { interviewId }), cramResponseSchema, { signal })
}

/** The cards that fit an interview to come, for a review just before it. */
export function useCram(interviewId: string) {
  return useQuery({
    queryKey: rehearsalKeys.cram(interviewId),
    queryFn: ({ signal }) => getCram(interviewId, signal),
  })
}
