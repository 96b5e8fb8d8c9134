import { useMutation } from '@tanstack/react-query'
import type { z } from 'zod'
import { mockInterviewSchema, type newMockInterviewSchema } from '../../../../shared/schemas/mock-interviews'
import { apiRequest } from '../../../lib/api-client'

export type MockSetup = z.input<typeof newMockInterviewSchema>

export function startMockInterview(setup: MockSetup) {
  return apiRequest('/api/mock-interviews', mockInterviewSchema, { method: 'POST', body: setup })
}

/** Draws the questions and creates the session; it then waits for the check-in. */
export function useStartMockInterview() {
  return useMutation({ mutationFn: startMockInterview })
}
