import { useMutation, useQueryClient } from '@tanstack/react-query'
import { moodEntrySchema } from '../../../../shared/schemas/progress'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

export type NewMood = { mood: number; note: string }

export function addMood(body: NewMood) {
  return apiRequest('/api/moods', moodEntrySchema, { method: 'POST', body })
}

/** Adds a mood check-in; every Progress figure may change with it. */
export function useAddMood() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addMood,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.progress })
    },
  })
}
