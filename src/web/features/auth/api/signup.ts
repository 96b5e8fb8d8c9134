import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type SignupBody, userResponseSchema } from '../../../../shared/schemas/auth'
import { apiRequest } from '../../../lib/api-client'
import { startSession } from '../../../lib/session/session'

export async function signup(body: SignupBody) {
  const { user } = await apiRequest('/api/auth/signup', userResponseSchema, { method: 'POST', body })
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
