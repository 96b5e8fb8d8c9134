import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Language } from '../../../../shared/schemas/common'
import type { DeliveryView } from '../../../../shared/schemas/delivery'
import { attemptResultSchema } from '../../../../shared/schemas/rehearsal'
import { apiRequest } from '../../../lib/api-client'
import { cardPath, rehearsalKeys } from './rehearsal-keys'

export type Grade = 'again' | 'hard' | 'good' | 'easy'
export const GRADE_NAMES: readonly Grade[] = ['again', 'hard', 'good', 'easy']

export type NewAttempt = {
  text: string
  lang?: Language
  mode: 'review' | 'cram'
  grade?: Grade
  /** For a spoken attempt: the length of the recording, and its silences of 2 s or more. */
  spokenSeconds?: number
  longPauses?: number
  /** What the device measured on the recording. */
  delivery?: DeliveryView
  /** The text came from the browser's speech recognition. */
  transcript?: boolean
}

export function createAttempt(cardId: string, body: NewAttempt) {
  return apiRequest(`${cardPath(cardId)}/attempts`, attemptResultSchema, { method: 'POST', body })
}

/** Saves an attempt at a card, graded or not; the answer holds its analysis and the next review. */
export function useCreateAttempt(cardId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NewAttempt) => createAttempt(cardId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: rehearsalKeys.all })
    },
  })
}
