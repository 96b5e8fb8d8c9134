import { useQuery } from '@tanstack/react-query'
import { type ReceivedLink, sharingLinksResponseSchema } from '../../../../shared/schemas/sharing'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

/**
 * The links others made to this person (active ones only). Its own file, light: the navigation asks
 * it on every signed-in page.
 */
export const receivedLinksQuery = {
  queryKey: [...queryKeys.me, 'sharing-links'],
  queryFn: () => apiRequest('/api/sharing/links', sharingLinksResponseSchema),
  select: (data: { received: ReceivedLink[] }) => data.received,
}

export function useReceivedLinks() {
  return useQuery(receivedLinksQuery)
}
