import { useMutation, useQueryClient } from '@tanstack/react-query'
import { interviewResponseSchema, type UpdateInterviewBody } from '../../../../shared/schemas/interviews'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import { interviewPath } from './get-interview'

export function updateInterview(id: string, body: UpdateInterviewBody) {
  return apiRequest(interviewPath(id), interviewResponseSchema, { method: 'PATCH', body })
}

/** Saves the interview's details; the answer is the interview with its application. */
export function useUpdateInterview(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdateInterviewBody) => updateInterview(id, body),
    onSuccess: (data) => {
      queryClient.setQueryData(queryKeys.interviews.one(id), data)
      void queryClient.invalidateQueries({ queryKey: queryKeys.interviews.lists })
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
