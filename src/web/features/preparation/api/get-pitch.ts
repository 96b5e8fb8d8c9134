import { useQuery } from '@tanstack/react-query'
import { pitchResponseSchema } from '../../../../shared/schemas/preparation'
import { apiRequest } from '../../../lib/api-client'

export const pitchKey = ['preparation', 'pitch'] as const

export function getPitch(signal?: AbortSignal) {
  return apiRequest('/api/pitch', pitchResponseSchema, { signal })
}

/** The pitch ("Tell me about yourself"): its current version and the earlier ones. */
export function usePitch() {
  return useQuery({
    queryKey: pitchKey,
    queryFn: ({ signal }) => getPitch(signal),
  })
}
