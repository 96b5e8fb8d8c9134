import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  invitationCreatedSchema,
  type NewInvitation,
  sharingLinksResponseSchema,
} from '../../../../shared/schemas/sharing'
import { apiRequest, apiRequestNoContent } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

export const sharingLinksKey = [...queryKeys.me, 'sharing-links'] as const

export const getSharingLinks = () => apiRequest('/api/sharing/links', sharingLinksResponseSchema)

/** Who sees what: the links the person made, and the people who share with them. */
export function useSharingLinks() {
  return useQuery({ queryKey: sharingLinksKey, queryFn: getSharingLinks })
}

export const createInvitation = (body: NewInvitation) =>
  apiRequest('/api/sharing/invitations', invitationCreatedSchema, { method: 'POST', body })

/** Makes an invitation; its address is in the answer only. */
export function useCreateInvitation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createInvitation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: sharingLinksKey }),
  })
}

export const endSharingLink = (id: string) =>
  apiRequestNoContent(`/api/sharing/links/${encodeURIComponent(id)}/end`, { method: 'POST', body: {} })

/** Ends a link from either side, or withdraws an invitation. */
export function useEndSharingLink() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: endSharingLink,
    onSettled: () => queryClient.invalidateQueries({ queryKey: sharingLinksKey }),
  })
}
