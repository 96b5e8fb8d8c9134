import { useQuery } from '@tanstack/react-query'
import { homeResponseSchema } from '../../../../shared/schemas/home'
import { apiRequest } from '../../../lib/api-client'

export function useHome() {
  return useQuery({
    queryKey: ['home'],
    queryFn: ({ signal }) => apiRequest('/api/home', homeResponseSchema, { signal }),
  })
}
