import { useQuery } from '@tanstack/react-query'
import { interviewsResponseSchema } from '../../../../shared/schemas/interviews'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

export function getInterviews(signal?: AbortSignal) {
  return apiRequest('/api/interviews', interviewsResponseSchema, { signal })
}

/** Interviews still to come, soonest first, for the pre-interview review. */
export function useUpcomingInterviews() {
  return useQuery({
    // The interviews' own list, unfiltered: one request and one cache entry for both features.
    queryKey: queryKeys.interviews.list({}),
    queryFn: ({ signal }) => getInterviews(signal),
    select: (data) => {
      const now = Date.now()
      return data.interviews
        .filter((item) => new Date(item.date).getTime() > now)
        .sort((a, b) => a.date.localeCompare(b.date))
    },
  })
}
