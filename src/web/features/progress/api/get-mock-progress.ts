import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { mockProgressResponseSchema } from '../../../../shared/schemas/mock-interviews'
import { apiRequest, withQuery } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import type { Period } from './get-progress'

export function getMockProgress(period: Period, signal?: AbortSignal) {
  return apiRequest(withQuery('/api/mock-interviews/progress', period), mockProgressResponseSchema, {
    signal,
  })
}

/** The mock interviews completed in a period, oldest first, with their figures. */
export function useMockProgress(period: Period) {
  return useQuery({
    queryKey: [...queryKeys.progress, 'mock', period.from ?? '', period.to ?? ''] as const,
    queryFn: ({ signal }) => getMockProgress(period, signal),
    placeholderData: keepPreviousData,
  })
}
