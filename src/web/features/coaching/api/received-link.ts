import { useQuery } from '@tanstack/react-query'
import { receivedLinkResponseSchema } from '../../../../shared/schemas/sharing'
import { apiRequest } from '../../../lib/api-client'

/** A link someone made to the signed-in person, while it is active (404 otherwise). */
export function useReceivedLink(linkId: string) {
  return useQuery({
    queryKey: ['sharing', 'received', linkId] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/api/sharing/received/${encodeURIComponent(linkId)}`, receivedLinkResponseSchema, {
        signal,
      }),
    retry: false,
  })
}
