import { useQuery } from '@tanstack/react-query'
import { apiRequestRead } from '../../../lib/api-client'
import { resetKeys } from './password-reset-keys'

/**
 * `GET /api/auth/password-reset`'s answer (`passwordResetOptionsResponseSchema`), checked by hand: the
 * sign-in page asks it on a first visit, and zod comes later, with the form's check.
 * password-reset-options.test.ts holds it to the schema.
 */
export function readPasswordResetOptions(payload: unknown): { byMail: boolean } | undefined {
  if (typeof payload !== 'object' || payload === null || !('byMail' in payload)) return undefined
  return typeof payload.byMail === 'boolean' ? { byMail: payload.byMail } : undefined
}

export const getPasswordResetOptions = () =>
  apiRequestRead('/api/auth/password-reset', readPasswordResetOptions)

/** Whether this server mails reset links, or the administrator makes them. */
export function usePasswordResetOptions() {
  return useQuery({ queryKey: resetKeys.options, queryFn: getPasswordResetOptions, staleTime: 5 * 60 * 1000 })
}
