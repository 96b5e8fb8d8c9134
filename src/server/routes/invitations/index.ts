import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { acceptInvitationSchema, invitationPreviewSchema } from '../../../shared/schemas/sharing'
import { errorResponses } from '../../lib/error-responses'
import { previewInvitation } from '../../services/sharing/invitation-preview'

/**
 * The invitation page's one public question (issue 17): whose invitation is this, and what does it
 * share? Asked with the token in the body, as a reset link is checked: a token in an address ends
 * up in logs.
 */
export const invitationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/sharing/invitations/check',
    {
      schema: {
        tags: ['sharing'],
        summary:
          'Whose invitation a token is, its role and the kinds of things it shares (no session needed)',
        description:
          'Names no interview. 400 `invitation_invalid` for a token that is not one, 410 `invitation_used` once ' +
          'accepted (by anyone) or withdrawn, 410 `invitation_expired` after a week.',
        body: acceptInvitationSchema,
        response: { 200: invitationPreviewSchema, ...errorResponses(400, 410) },
      },
    },
    async (request) => previewInvitation(app.services, request.body.token),
  )
}
