import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequestNoContent } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import { applicationKeys } from './get-applications'
import { interviewPath } from './get-interview'

export function deleteInterview(id: string) {
  return apiRequestNoContent(interviewPath(id), { method: 'DELETE' })
}

/** Deletes the interview and its debrief. */
export function useDeleteInterview(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => deleteInterview(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.interviews.one(id) })
      void queryClient.invalidateQueries({ queryKey: queryKeys.interviews.all })
      void queryClient.invalidateQueries({ queryKey: applicationKeys.all })
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
