import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type CreateInterviewBody, interviewResponseSchema } from '../../../../shared/schemas/interviews'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import { applicationKeys } from './get-applications'

export function createInterview(body: CreateInterviewBody) {
  return apiRequest('/api/interviews', interviewResponseSchema, { method: 'POST', body })
}

/** Quick capture of an interview, in a new application or an existing one. */
export function useCreateInterview() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createInterview,
    onSuccess: (data) => {
      queryClient.setQueryData(queryKeys.interviews.one(data.interview.id), data)
      void queryClient.invalidateQueries({ queryKey: queryKeys.interviews.all })
      void queryClient.invalidateQueries({ queryKey: applicationKeys.all })
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
