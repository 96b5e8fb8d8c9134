import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { DeliveryView } from '../../../../shared/schemas/delivery'
import { mockInterviewSchema } from '../../../../shared/schemas/mock-interviews'
import { apiRequest } from '../../../lib/api-client'
import type { MockInterview } from './get-mock-interview'
import { mockKeys, mockPath } from './mock-keys'

export type SessionStep =
  | { kind: 'check-in'; moment: 'before' | 'after'; tension: number; note: string }
  | {
      kind: 'answer'
      questionIndex: number
      followUp: number
      text: string
      interrupted: 'over-time' | 'silence' | null
      /** A spoken answer: the recording's length and its silences of 2 s or more. */
      spokenSeconds: number | null
      longPauses: number | null
      /** Measured on the device from the recording: pace range, pauses, pitch, reviewed fillers. */
      delivery: DeliveryView | null
    }
  | { kind: 'end' }

/** One step of the session (a check-in, an answer, stopping early); the answer is the session moved on. */
export function sendSessionStep(id: string, step: SessionStep): Promise<MockInterview> {
  const { kind, ...body } = step
  const path = kind === 'check-in' ? 'check-in' : kind === 'answer' ? 'answers' : 'end'
  return apiRequest(`${mockPath(id)}/${path}`, mockInterviewSchema, { method: 'POST', body })
}

export function useSessionStep(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (step: SessionStep) => sendSessionStep(id, step),
    onSuccess: (session) => {
      queryClient.setQueryData(mockKeys.one(id), session)
      void queryClient.invalidateQueries({ queryKey: mockKeys.all, exact: true })
    },
  })
}
