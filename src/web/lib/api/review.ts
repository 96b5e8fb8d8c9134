import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import {
  assignmentResponseSchema,
  type ConvertComment,
  commentResponseSchema,
  convertedResponseSchema,
  feedbackListSchema,
  type MarkRead,
  type newAssignmentSchema,
  type newCommentSchema,
  type newRatingSchema,
  ratingResponseSchema,
} from '../../../shared/schemas/review'
import { apiRequest, apiRequestNoContent, withQuery } from '../api-client'
import { queryKeys } from '../query-keys'

/**
 * Comments, ratings and assigned questions (ADR 0015): the owner's side (what was left on their
 * debriefs and cards) and the coach's or partner's side (what they leave through a link). Shared by
 * the debrief, the rehearsal card, Home and the pages of what is shared with someone.
 */
export type FeedbackItem = { interviewId: string } | { cardId: string }

const feedbackKey = (item: FeedbackItem) => [...queryKeys.feedback.all, item] as const

export function useFeedback(item: FeedbackItem) {
  return useQuery({
    queryKey: feedbackKey(item),
    queryFn: ({ signal }) =>
      apiRequest(withQuery('/api/sharing/feedback', item), feedbackListSchema, { signal }),
  })
}

/** After the owner changes something: the item's list and Home's count. */
function useRefreshFeedback() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.feedback.all })
    void queryClient.invalidateQueries({ queryKey: queryKeys.home })
  }
}

export function useReply() {
  const refresh = useRefreshFeedback()
  return useMutation({
    mutationFn: (body: { parentId: string; body: string }) =>
      apiRequest('/api/sharing/feedback/replies', commentResponseSchema, { method: 'POST', body }),
    onSuccess: refresh,
  })
}

export function useMarkRead() {
  const refresh = useRefreshFeedback()
  return useMutation({
    mutationFn: (body: Partial<MarkRead>) =>
      apiRequestNoContent('/api/sharing/feedback/read', { method: 'POST', body }),
    onSuccess: refresh,
  })
}

export function useConvertComment() {
  const refresh = useRefreshFeedback()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ConvertComment) =>
      apiRequest('/api/sharing/feedback/convert', convertedResponseSchema, { method: 'POST', body }),
    onSuccess: (result) => {
      refresh()
      // The debrief now holds the lesson or the action (its editor reloads it: FeedbackThread's onConverted).
      void queryClient.invalidateQueries({ queryKey: queryKeys.interviews.one(result.interviewId) })
    },
  })
}

const linkPath = (linkId: string, what: string) =>
  `/api/sharing/received/${encodeURIComponent(linkId)}/${what}`

/** One link's thread, as its coach or partner sees it. */
export function useLinkFeedback(linkId: string, item?: FeedbackItem) {
  return useQuery({
    queryKey: [...queryKeys.feedback.link(linkId), item ?? {}] as const,
    queryFn: ({ signal }) =>
      apiRequest(withQuery(linkPath(linkId, 'feedback'), item ?? {}), feedbackListSchema, { signal }),
  })
}

function useRefreshLink(linkId: string) {
  const queryClient = useQueryClient()
  return () => void queryClient.invalidateQueries({ queryKey: queryKeys.feedback.link(linkId) })
}

export function useLeaveComment(linkId: string) {
  const refresh = useRefreshLink(linkId)
  return useMutation({
    mutationFn: (body: z.input<typeof newCommentSchema>) =>
      apiRequest(linkPath(linkId, 'comments'), commentResponseSchema, { method: 'POST', body }),
    onSuccess: refresh,
  })
}

export function useRateAnswer(linkId: string) {
  const refresh = useRefreshLink(linkId)
  return useMutation({
    mutationFn: (body: z.input<typeof newRatingSchema>) =>
      apiRequest(linkPath(linkId, 'ratings'), ratingResponseSchema, { method: 'POST', body }),
    onSuccess: refresh,
  })
}

export function useAssignQuestion(linkId: string) {
  const refresh = useRefreshLink(linkId)
  return useMutation({
    mutationFn: (body: z.input<typeof newAssignmentSchema>) =>
      apiRequest(linkPath(linkId, 'assignments'), assignmentResponseSchema, { method: 'POST', body }),
    onSuccess: refresh,
  })
}
