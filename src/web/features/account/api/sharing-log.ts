import { useQuery } from '@tanstack/react-query'
import { interviewsResponseSchema } from '../../../../shared/schemas/interviews'
import { accessLogResponseSchema } from '../../../../shared/schemas/shared-with-me'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import { sharingLinksKey } from './sharing'

/** What the invitee opened through one of the person's links: asked when the person opens it. */
export function useLinkAccessLog(linkId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...sharingLinksKey, linkId, 'log'],
    queryFn: () =>
      apiRequest(`/api/sharing/links/${encodeURIComponent(linkId)}/log`, accessLogResponseSchema),
    enabled,
  })
}

/** The person's interviews, to choose which debriefs an invitation shares. */
export function useInterviewChoices(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.interviews.list({}),
    queryFn: () => apiRequest('/api/interviews', interviewsResponseSchema),
    enabled,
  })
}
