import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { applicationsResponseSchema } from '../../../../shared/schemas/interviews'
import { apiRequest, withQuery } from '../../../lib/api-client'

export const applicationKeys = {
  all: ['applications'] as const,
  list: (q: string) => ['applications', 'list', q] as const,
}

export function getApplications(q: string, signal?: AbortSignal) {
  return apiRequest(withQuery('/api/applications', { q }), applicationsResponseSchema, { signal })
}

/** Applications matching what is typed in the company field (empty text: none asked). */
export function useApplicationSuggestions(q: string) {
  return useQuery({
    queryKey: applicationKeys.list(q),
    queryFn: ({ signal }) => getApplications(q, signal),
    enabled: q.trim() !== '',
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  })
}

/** Every application, for the company filter. */
export function useApplications() {
  return useQuery({
    queryKey: applicationKeys.list(''),
    queryFn: ({ signal }) => getApplications('', signal),
    staleTime: 30_000,
  })
}
