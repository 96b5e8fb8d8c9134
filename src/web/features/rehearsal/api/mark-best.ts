import { useMutation, useQueryClient } from '@tanstack/react-query'
import { cardResponseSchema } from '../../../../shared/schemas/rehearsal'
import { apiRequest } from '../../../lib/api-client'
import { cardPath, rehearsalKeys } from './rehearsal-keys'

export function markBest(cardId: string, referenceAttemptId: string | null) {
  return apiRequest(cardPath(cardId), cardResponseSchema, { method: 'PATCH', body: { referenceAttemptId } })
}

/** Marks an attempt as the card's best answer (null: none). */
export function useMarkBest(cardId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (referenceAttemptId: string | null) => markBest(cardId, referenceAttemptId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: rehearsalKeys.all })
    },
  })
}
