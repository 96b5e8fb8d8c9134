import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type UpdateMeBody, userResponseSchema } from '../../../../shared/schemas/auth'
import { apiRequest } from '../../../lib/api-client'
import { updateSessionUser } from '../../../lib/session/session'

export async function updateMe(body: UpdateMeBody) {
  const { user } = await apiRequest('/api/me', userResponseSchema, { method: 'PATCH', body })
  return user
}

/** Saves the display name and/or language; the cached user is replaced, so the interface follows. */
export function useUpdateMe() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (user) => updateSessionUser(queryClient, user),
  })
}
