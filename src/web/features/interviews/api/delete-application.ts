import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Application } from '../../../../shared/schemas/interviews'
import { apiRequestNoContent } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import { applicationKeys } from './get-applications'
import { applicationPath } from './update-application'

export function deleteApplication(id: string) {
  return apiRequestNoContent(applicationPath(id), { method: 'DELETE' })
}

/** Deletes an application with every interview in it. */
export function useDeleteApplication(application: Application) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => deleteApplication(application.id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.interviews.ones })
      // The deleted application's own list is gone too: asked again (the page may stay mounted while the next
      // one loads), it could only answer 404.
      queryClient.removeQueries({ queryKey: queryKeys.interviews.list({ applicationId: application.id }) })
      void queryClient.invalidateQueries({ queryKey: queryKeys.interviews.all })
      void queryClient.invalidateQueries({ queryKey: applicationKeys.all })
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
