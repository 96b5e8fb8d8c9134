import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequestNoContent } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

export function deleteMood(id: string) {
  return apiRequestNoContent(`/api/moods/${encodeURIComponent(id)}`, { method: 'DELETE' })
}

export function useDeleteMood() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteMood,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.progress })
    },
  })
}
