import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  type FeedbackResponse,
  feedbackRequestSchema,
  type SaveFeedbackBody,
} from '../../../../shared/schemas/feedback'
import { apiRequest, type Delivery } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import { feedbackKey, feedbackPath } from './get-feedback'

export function saveFeedback(interviewId: string, body: SaveFeedbackBody, delivery: Delivery = {}) {
  return apiRequest(feedbackPath(interviewId), feedbackRequestSchema, { method: 'PUT', body, ...delivery })
}

/** Saves part of the request and puts the answer in the cache. */
export function useSaveFeedback(interviewId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ keepalive, ...body }: SaveFeedbackBody & Delivery) =>
      saveFeedback(interviewId, body, { keepalive }),
    onSuccess: (request) => {
      queryClient.setQueryData<FeedbackResponse>(feedbackKey(interviewId), (old) =>
        old ? { ...old, request } : old,
      )
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
