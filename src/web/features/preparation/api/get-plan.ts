import { useQuery } from '@tanstack/react-query'
import { type PrepResponse, prepResponseSchema } from '../../../../shared/schemas/preparation'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

export type Plan = PrepResponse
export type Research = Plan['research']
export type Checkable = Plan['questionsToAsk'][number]
export type Logistics = Plan['logistics']

export const prepPath = (interviewId: string) => `/api/interviews/${encodeURIComponent(interviewId)}/prep`

export function getPlan(interviewId: string, signal?: AbortSignal) {
  return apiRequest(prepPath(interviewId), prepResponseSchema, { signal })
}

/** Everything to get ready for one interview, with its readiness. */
export function usePlan(interviewId: string) {
  return useQuery({
    queryKey: queryKeys.preparationPlans.one(interviewId),
    queryFn: ({ signal }) => getPlan(interviewId, signal),
  })
}
