import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { type InterviewsQuery, interviewsResponseSchema } from '../../../../shared/schemas/interviews'
import { apiRequest, withQuery } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

export function getInterviews(query: InterviewsQuery, signal?: AbortSignal) {
  return apiRequest(withQuery('/api/interviews', query), interviewsResponseSchema, { signal })
}

/** The interviews, newest first, filtered as asked. */
export function useInterviews(query: InterviewsQuery) {
  return useQuery({
    queryKey: queryKeys.interviews.list(query),
    queryFn: ({ signal }) => getInterviews(query, signal),
    placeholderData: keepPreviousData,
  })
}

/** How many interviews an application holds (said before deleting it). */
export function useApplicationInterviews(applicationId: string | undefined) {
  const query = { applicationId }
  return useQuery({
    queryKey: queryKeys.interviews.list(query),
    queryFn: ({ signal }) => getInterviews(query, signal),
    enabled: applicationId !== undefined,
  })
}
