import { queryOptions, useQuery } from '@tanstack/react-query'
import { interviewResponseSchema } from '../../../../shared/schemas/interviews'
import { apiRequest } from '../../../lib/api-client'
import { fetchedBeforeThisPage } from '../../../lib/query-client'
import { queryKeys } from '../../../lib/query-keys'

export const interviewPath = (id: string) => `/api/interviews/${encodeURIComponent(id)}`

export function getInterview(id: string, signal?: AbortSignal) {
  return apiRequest(interviewPath(id), interviewResponseSchema, { signal })
}

/** One interview with its application. */
export function useInterview(id: string) {
  return useQuery(interviewQuery(id))
}

export const interviewQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.interviews.one(id),
    queryFn: ({ signal }) => getInterview(id, signal),
    refetchOnMount: fetchedBeforeThisPage,
  })
