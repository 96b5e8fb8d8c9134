import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { invitationPreviewSchema, receivedLinkResponseSchema } from '../../../../shared/schemas/sharing'
import { apiRequest } from '../../../lib/api-client'
import { tabStorage } from '../../../lib/device-storage'
import { queryKeys } from '../../../lib/query-keys'

/** The invitation being answered, kept in this tab across sign-in or sign-up (never sent anywhere else). */
const TOKEN_KEY = 'invitation.token'

export const pendingInvitation = {
  read: (): string => tabStorage.readText(TOKEN_KEY) ?? '',
  keep: (token: string) => tabStorage.writeText(TOKEN_KEY, token),
  forget: () => tabStorage.remove(TOKEN_KEY),
}

export const checkInvitation = (token: string) =>
  apiRequest('/api/sharing/invitations/check', invitationPreviewSchema, { method: 'POST', body: { token } })

/** Whose invitation this is and what it shares, or the server's reason it no longer works. */
export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => checkInvitation(token),
    enabled: token !== '',
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  })
}

export const acceptInvitation = (token: string) =>
  apiRequest('/api/sharing/accept', receivedLinkResponseSchema, { method: 'POST', body: { token } })

/** Accepts the invitation as the signed-in person; their links are fetched again. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: acceptInvitation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.me }),
  })
}
