import { useQuery } from '@tanstack/react-query'
import { feedbackResponseSchema } from '../../../../shared/schemas/feedback'
import { apiRequest } from '../../../lib/api-client'

export const feedbackKey = (interviewId: string) => ['feedback', 'one', interviewId] as const

export const feedbackPath = (interviewId: string) =>
  `/api/interviews/${encodeURIComponent(interviewId)}/feedback`

export function getFeedback(interviewId: string, signal?: AbortSignal) {
  return apiRequest(feedbackPath(interviewId), feedbackResponseSchema, { signal })
}

/** The feedback request of one interview, with the advice and the values its message needs. */
export function useFeedback(interviewId: string) {
  return useQuery({
    queryKey: feedbackKey(interviewId),
    queryFn: ({ signal }) => getFeedback(interviewId, signal),
  })
}
