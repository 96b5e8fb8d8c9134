import { useMutation } from '@tanstack/react-query'
import { z } from 'zod'
import type { PasswordResetRequestBody } from '../../../../shared/schemas/password-reset'
import { apiRequest } from '../../../lib/api-client'

export const requestPasswordReset = (body: PasswordResetRequestBody) =>
  apiRequest('/api/auth/password-reset/request', z.object({}), { method: 'POST', body })

/** Asks for a reset link: the server answers alike whether the address has an account or not. */
export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset })
}
