import { useQuery } from '@tanstack/react-query'
import { passwordResetOptionsResponseSchema } from '../../../../shared/schemas/password-reset'
import { apiRequest } from '../../../lib/api-client'
import { resetKeys } from './password-reset-keys'

export const getPasswordResetOptions = () =>
  apiRequest('/api/auth/password-reset', passwordResetOptionsResponseSchema)

/** Whether this server mails reset links, or the administrator makes them. */
export function usePasswordResetOptions() {
  return useQuery({ queryKey: resetKeys.options, queryFn: getPasswordResetOptions, staleTime: 5 * 60 * 1000 })
}
