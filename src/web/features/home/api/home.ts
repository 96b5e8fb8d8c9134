import { queryOptions, useQuery } from '@tanstack/react-query'
import { homeResponseSchema } from '../../../../shared/schemas/home'
import { apiRequest } from '../../../lib/api-client'
import { fetchedBeforeThisPage } from '../../../lib/query-client'
import { queryKeys } from '../../../lib/query-keys'

export function getHome(signal?: AbortSignal) {
  return apiRequest('/api/home', homeResponseSchema, { signal })
}

export const homeQuery = queryOptions({
  queryKey: queryKeys.home,
  queryFn: ({ signal }) => getHome(signal),
  refetchOnMount: fetchedBeforeThisPage,
})

/** The next step, and what else Home shows; many saves elsewhere refresh it (queryKeys.home). */
export function useHome() {
  return useQuery(homeQuery)
}
