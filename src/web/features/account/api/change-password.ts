import { useMutation } from '@tanstack/react-query'
import type { ChangePasswordBody } from '../../../../shared/schemas/auth'
import { apiRequestNoContent } from '../../../lib/api-client'

export async function changePassword(body: ChangePasswordBody) {
  await apiRequestNoContent('/api/me/password', { method: 'POST', body })
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword })
}
