import { useMutation } from '@tanstack/react-query'
import type { PasswordResetCompleteBody } from '../../../../shared/schemas/password-reset'
import { apiRequestNoContent } from '../../../lib/api-client'

export const completePasswordReset = (body: PasswordResetCompleteBody) =>
  apiRequestNoContent('/api/auth/password-reset/complete', { method: 'POST', body })

/** Sets the new password through the link; every session of the account ends. */
export function useCompletePasswordReset() {
  return useMutation({ mutationFn: completePasswordReset })
}
