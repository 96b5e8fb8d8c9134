import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { errorResponseSchema } from '../../../shared/schemas/common'
import {
  acceptInvitationSchema,
  invitationCreatedSchema,
  linkParamsSchema,
  newInvitationSchema,
  receivedLinkResponseSchema,
  sharingLinksResponseSchema,
} from '../../../shared/schemas/sharing'
import { requestLanguage } from '../../lib/language'
import { userOf } from '../../plugins/auth'
import {
  acceptInvitation,
  createInvitation,
  endLink,
  invitationLink,
  listLinks,
  openReceivedLink,
} from '../../services/sharing/sharing'

export type SharingRoutesOptions = { origin: () => string }

/** Coaches and practice partners (issue 17): invitations, links and ending them. Signed-in scope. */
export const sharingRoutes: FastifyPluginAsyncZod<SharingRoutesOptions> = async (app, options) => {
  const { services } = app
  const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema }

  app.post(
    '/sharing/invitations',
    {
      schema: {
        tags: ['sharing'],
        summary: 'Invite a coach or a practice partner: a link that works once, for a week',
        description:
          'What the link shares is chosen here; the mood log and rebound plans only when asked, the account never. ' +
          'The invitation address is in this answer only (only its hash is kept).',
        body: newInvitationSchema,
        response: { 201: invitationCreatedSchema, 400: errorResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const { link, token } = await createInvitation(
        services,
        userOf(request).id,
        request.body,
        requestLanguage(request),
      )
      return reply.code(201).send({ link, url: invitationLink(options.origin(), token) })
    },
  )

  app.get(
    '/sharing/links',
    {
      schema: {
        tags: ['sharing'],
        summary: 'Who sees what: the links you made, and the people who share with you',
        response: { 200: sharingLinksResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request) => listLinks(services, userOf(request).id),
  )

  app.get(
    '/sharing/received/:id',
    {
      schema: {
        tags: ['sharing'],
        summary: 'A link someone made to you, while it is active (its opening is in their access log)',
        params: linkParamsSchema,
        response: { 200: receivedLinkResponseSchema, ...errors },
      },
    },
    async (request) => ({ link: await openReceivedLink(services, userOf(request).id, request.params.id) }),
  )

  app.post(
    '/sharing/accept',
    {
      schema: {
        tags: ['sharing'],
        summary: 'Accept an invitation (its token), as the signed-in person',
        description:
          '400 `invitation_invalid` for a token that is not one, 400 `invitation_self` for your own invitation, ' +
          '410 `invitation_used` once accepted (by anyone) or withdrawn, 410 `invitation_expired` after a week.',
        body: acceptInvitationSchema,
        response: {
          200: receivedLinkResponseSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          410: errorResponseSchema,
        },
      },
    },
    async (request) => ({ link: await acceptInvitation(services, userOf(request).id, request.body.token) }),
  )

  app.post(
    '/sharing/links/:id/end',
    {
      schema: {
        tags: ['sharing'],
        summary: 'End a link, from either side (or withdraw an invitation): it grants nothing from now on',
        description: 'Succeeds again for the owner of an ended link; for anyone else an ended link is 404.',
        params: linkParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await endLink(services, userOf(request).id, request.params.id)
      return reply.code(204).send(null)
    },
  )
}
