import { type QueryClient, useMutation } from '@tanstack/react-query'
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
  return useMutation({ mutationFn: () => deleteApplication(application.id) })
}

/**
 * Once the page of the deleted application has gone (danger-zone.tsx calls it after that page unmounts): its
 * interviews' cached reads go and the lists are asked again. Done while its page is still shown, a read of what no
 * longer exists would be asked again and answered 404.
 */
export function forgetDeletedApplication(queryClient: QueryClient, applicationId: string) {
  queryClient.removeQueries({ queryKey: queryKeys.interviews.ones })
  queryClient.removeQueries({ queryKey: queryKeys.interviews.list({ applicationId }) })
  void queryClient.invalidateQueries({ queryKey: queryKeys.interviews.all })
  void queryClient.invalidateQueries({ queryKey: applicationKeys.all })
  void queryClient.invalidateQueries({ queryKey: queryKeys.home })
}
