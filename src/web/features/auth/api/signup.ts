import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { SignupBody } from '../../../../shared/schemas/auth'
import { apiRequestRead } from '../../../lib/api-client'
import { startSession } from '../../../lib/session/session'
import { readUserResponse } from '../../../lib/session/session-state'

export async function signup(body: SignupBody) {
  const { user } = await apiRequestRead('/api/auth/signup', readUserResponse, { method: 'POST', body })
  return user
}

/** Creates the account; the server opens the session at once, so the person is signed in. */
export function useSignup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signup,
    onSuccess: (user) => startSession(queryClient, user),
  })
}
