import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { DeleteAccountBody } from '../../../../shared/schemas/auth'
import { apiRequestNoContent } from '../../../lib/api-client'
import { endSession } from '../../../lib/session/session'

/** Deletes the account; the server asks for the password again (a wrong one is a field message). */
export async function deleteAccount(body: DeleteAccountBody) {
  await apiRequestNoContent('/api/me', { method: 'DELETE', body })
}

/** Deletes the account and all its data; the person lands on the welcome page with a notice. */
export function useDeleteAccount() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: () => endSession(queryClient, 'accountDeleted'),
  })
}
