import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequestNoContent } from '../../../lib/api-client'
import { cardPath, rehearsalKeys } from './rehearsal-keys'

export function deleteCard(id: string) {
  return apiRequestNoContent(cardPath(id), { method: 'DELETE' })
}

/** Removes a card and its attempts from the deck. */
export function useDeleteCard() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteCard,
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: rehearsalKeys.card(id) })
      void queryClient.invalidateQueries({ queryKey: rehearsalKeys.all })
    },
  })
}
