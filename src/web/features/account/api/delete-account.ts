import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequestNoContent } from '../../../lib/api-client'
import { endSession } from '../../../lib/session/session'

export async function deleteAccount() {
  await apiRequestNoContent('/api/me', { method: 'DELETE' })
}

/** Deletes the account and all its data; the person lands on the welcome page with a notice. */
export function useDeleteAccount() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: () => endSession(queryClient, 'accountDeleted'),
  })
}
