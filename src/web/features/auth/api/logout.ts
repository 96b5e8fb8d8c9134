import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequestNoContent } from '../../../lib/api-client'
import { endSession } from '../../../lib/session/session'

export async function logout() {
  await apiRequestNoContent('/api/auth/logout', { method: 'POST' })
}

/** Signs out; the sign-in guard then shows the welcome page with a short notice. */
export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: logout,
    onSuccess: () => endSession(queryClient, 'signedOut'),
  })
}
