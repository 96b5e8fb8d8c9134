import { useQuery } from '@tanstack/react-query'
import { cardDetailSchema } from '../../../../shared/schemas/rehearsal'
import { apiRequest } from '../../../lib/api-client'
import { cardPath, rehearsalKeys } from './rehearsal-keys'

export function getCard(id: string, signal?: AbortSignal) {
  return apiRequest(cardPath(id), cardDetailSchema, { signal })
}

/** One card with its attempts. */
export function useCard(id: string) {
  return useQuery({
    queryKey: rehearsalKeys.card(id),
    queryFn: ({ signal }) => getCard(id, signal),
  })
}
