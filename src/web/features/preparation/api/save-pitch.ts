import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Pitch } from '../../../../domain/preparation/plan'
import { pitchResponseSchema } from '../../../../shared/schemas/preparation'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import { pitchKey } from './get-pitch'

export function savePitch(pitch: Pitch) {
  return apiRequest('/api/pitch', pitchResponseSchema, { method: 'POST', body: { pitch } })
}

/** Saves the pitch as a new version; every plan shows it. */
export function useSavePitch() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: savePitch,
    onSuccess: (data) => {
      queryClient.setQueryData(pitchKey, data)
      void queryClient.invalidateQueries({ queryKey: queryKeys.preparationPlans.all })
      void queryClient.invalidateQueries({ queryKey: queryKeys.home })
    },
  })
}
