import { useQuery } from '@tanstack/react-query'
import { homeResponseSchema } from '../../../../shared/schemas/home'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

export function getHome(signal?: AbortSignal) {
  return apiRequest('/api/home', homeResponseSchema, { signal })
}

/** The next step, and what else Home shows; many saves elsewhere refresh it (queryKeys.home). */
export function useHome() {
  return useQuery({
    queryKey: queryKeys.home,
    queryFn: ({ signal }) => getHome(signal),
  })
}
