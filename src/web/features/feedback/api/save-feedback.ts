import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  type FeedbackResponse,
  feedbackRequestSchema,
  type SaveFeedbackBody,
} from '../../../../shared/schemas/feedback'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import { feedbackKey, feedbackPath } from './get-feedback'

export function saveFeedback(interviewId: string, body: SaveFeedbackBody) {
  return apiRequest(feedbackPath(interviewId), feedbackRequestSchema, { method: 'PUT', body })
}

/** Saves part of the request and puts the answer in the cache. */
export function useSaveFeedback(interviewId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SaveFeedbackBody) => saveFeedback(interviewId, body),
    onSuccess: (request) => {
      queryClient.setQueryData<FeedbackResponse>(feedbackKey(interviewId), (old) =>
        old ? { ...old, request } : old,
      )
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
