import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LoginBody } from '../../../../shared/schemas/auth'
import { apiRequestRead } from '../../../lib/api-client'
import { startSession } from '../../../lib/session/session'
import { readUserResponse } from '../../../lib/session/session-state'

export async function login(body: LoginBody) {
  const { user } = await apiRequestRead('/api/auth/login', readUserResponse, { method: 'POST', body })
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
