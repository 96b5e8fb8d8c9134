import { useMutation } from '@tanstack/react-query'
import { mockRehearseResponseSchema } from '../../../../shared/schemas/mock-interviews'
import { apiRequest } from '../../../lib/api-client'
import { mockPath } from './mock-keys'

export function rehearseWeakest(id: string) {
  return apiRequest(`${mockPath(id)}/rehearse`, mockRehearseResponseSchema, { method: 'POST', body: {} })
}

/** The weakest answers' questions go to the rehearsal deck. */
export function useRehearseWeakest(id: string) {
  return useMutation({ mutationFn: () => rehearseWeakest(id) })
}
