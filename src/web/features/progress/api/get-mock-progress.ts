import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { mockProgressResponseSchema } from '../../../../shared/schemas/mock-progress'
import { apiRequest, withQuery } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import type { Period } from './get-progress'

export function getMockProgress(period: Period, signal?: AbortSignal) {
  return apiRequest(withQuery('/api/mock-interviews/progress', period), mockProgressResponseSchema, {
    signal,
  })
}

/**
 * The mock interviews completed in a period, oldest first, with their figures. `enabled` waits for the page's own
 * figures to accept the period, so that a refused period is one refused request, not two.
 */
export function useMockProgress(period: Period, enabled = true) {
  return useQuery({ ...mockProgressQuery(period), enabled, placeholderData: keepPreviousData })
}

export const mockProgressQuery = (period: Period) =>
  queryOptions({
    queryKey: [...queryKeys.progress, 'mock', period.from ?? '', period.to ?? ''] as const,
    queryFn: ({ signal }) => getMockProgress(period, signal),
  })
