import { useQuery } from '@tanstack/react-query'
import { type MockInterviewView, mockInterviewSchema } from '../../../../shared/schemas/mock-interviews'
import { apiRequest } from '../../../lib/api-client'
import { mockKeys, mockPath } from './mock-keys'

export type MockInterview = MockInterviewView
export type MockTurn = NonNullable<MockInterview['turn']>

export function getMockInterview(id: string, signal?: AbortSignal) {
  return apiRequest(mockPath(id), mockInterviewSchema, { signal })
}

/** A session where it stands: resumed by the server after a reload or a locked phone. */
export function useMockInterview(id: string) {
  return useQuery({ queryKey: mockKeys.one(id), queryFn: ({ signal }) => getMockInterview(id, signal) })
}
