import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Language } from '../../../../shared/schemas/common'
import { cardResponseSchema } from '../../../../shared/schemas/rehearsal'
import { apiRequest } from '../../../lib/api-client'
import { rehearsalKeys } from './rehearsal-keys'

export type NewCard =
  | { bankKey: string }
  | { question: string; lang: Language; category?: string; hint: string }

export function addCard(body: NewCard) {
  return apiRequest('/api/rehearsal/cards', cardResponseSchema, { method: 'POST', body })
}

/** Adds a question from the bank, or one's own, to the deck. */
export function useAddCard() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addCard,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: rehearsalKeys.all })
    },
  })
}
