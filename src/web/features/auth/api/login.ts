import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type LoginBody, userResponseSchema } from '../../../../shared/schemas/auth'
import { apiRequest } from '../../../lib/api-client'
import { startSession } from '../../../lib/session/session'

export async function login(body: LoginBody) {
  const { user } = await apiRequest('/api/auth/login', userResponseSchema, { method: 'POST', body })
  return user
}

/** Signs in; on success the user becomes the current user and the public pages redirect on their own. */
export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => startSession(queryClient, user),
  })
}
