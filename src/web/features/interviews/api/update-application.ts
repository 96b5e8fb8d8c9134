import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  applicationResponseSchema,
  type InterviewResponse,
  type UpdateApplicationBody,
} from '../../../../shared/schemas/interviews'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import { applicationKeys } from './get-applications'

export const applicationPath = (id: string) => `/api/applications/${encodeURIComponent(id)}`

export function updateApplication(applicationId: string, body: UpdateApplicationBody) {
  return apiRequest(applicationPath(applicationId), applicationResponseSchema, { method: 'PATCH', body })
}

/** Saves the application an interview belongs to (company, role, status...). */
export function useUpdateApplication(interviewId: string, applicationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdateApplicationBody) => updateApplication(applicationId, body),
    onSuccess: ({ application }) => {
      queryClient.setQueryData<InterviewResponse>(queryKeys.interviews.one(interviewId), (old) =>
        old ? { ...old, application } : old,
      )
      void queryClient.invalidateQueries({ queryKey: queryKeys.interviews.lists })
      void queryClient.invalidateQueries({ queryKey: applicationKeys.all })
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
