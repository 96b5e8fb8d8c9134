import { useQuery } from '@tanstack/react-query'
import { mockApplicationChoicesSchema } from '../../../../shared/schemas/mock-interviews'
import { apiRequest } from '../../../lib/api-client'
import { mockKeys } from './mock-keys'

export function getApplicationChoices(signal?: AbortSignal) {
  return apiRequest('/api/mock-interviews/applications', mockApplicationChoicesSchema, { signal })
}

/** The person's applications to practise for, with the stage their interviews suggest. */
export function useApplicationChoices() {
  return useQuery({
    queryKey: mockKeys.applications,
    queryFn: ({ signal }) => getApplicationChoices(signal),
    staleTime: 30_000,
  })
}
