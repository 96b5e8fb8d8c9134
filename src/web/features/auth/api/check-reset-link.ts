import { useQuery } from '@tanstack/react-query'
import { passwordResetCheckResponseSchema } from '../../../../shared/schemas/password-reset'
import { apiRequest } from '../../../lib/api-client'
import { resetKeys } from './password-reset-keys'

export const checkResetLink = (token: string) =>
  apiRequest('/api/auth/password-reset/check', passwordResetCheckResponseSchema, {
    method: 'POST',
    body: { token },
  })

/** What a reset link is worth: the account it is for, or the server's reason it no longer works. */
export function useResetLink(token: string) {
  return useQuery({
    queryKey: resetKeys.link(token),
    queryFn: () => checkResetLink(token),
    enabled: token !== '',
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  })
}
