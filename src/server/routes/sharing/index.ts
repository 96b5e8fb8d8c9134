import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { INVITATION_LIFETIME_MS } from '../../../domain/sharing'
import {
  acceptInvitationSchema,
  invitationCreatedSchema,
  linkParamsSchema,
  newInvitationSchema,
  receivedLinkResponseSchema,
  sharingLinksResponseSchema,
} from '../../../shared/schemas/sharing'
import { validationMessage } from '../../../shared/validation-messages'
import { ApiError } from '../../errors'
import { errorResponses, signedInErrors } from '../../lib/error-responses'
import { requestLanguage } from '../../lib/language'
import type { Mailer, Outbox } from '../../mail/mailer'
import { sharingInvitationMail } from '../../mail/sharing-invitation-mail'
import { userOf } from '../../plugins/auth'
import {
  acceptInvitation,
  countInvitationMail,
  createInvitation,
  endLink,
  invitationLink,
  listLinks,
  openReceivedLink,
} from '../../services/sharing/sharing'

export type SharingRoutesOptions = {
  origin: () => string
  /** Absent when SMTP_URL is not set: invitations are then handed over as a link only. */
  mailer: Mailer | undefined
  outbox: Outbox
}

/** Coaches and practice partners (issue 17): invitations, links and ending them. Signed-in scope. */
const tags = ['sharing']

export const sharingRoutes: FastifyPluginAsyncZod<SharingRoutesOptions> = async (app, options) => {
  const { services } = app
  const { mailer } = options

  app.post(
    '/sharing/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a coach or a practice partner: a link that works once, for a week',
        description:
          'What the link shares is chosen here; the mood log and rebound plans only when asked, the account never. ' +
          'The invitation address is in this answer only (only its hash is kept). With `email`, Rebond also mails ' +
          'it there after this answer, in your language (400 on `email` when the server sends no mail; 5 mails ' +
          'within 15 minutes, then 429 with Retry-After for an hour).',
        body: newInvitationSchema,
        response: { 201: invitationCreatedSchema, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      const lang = requestLanguage(request)
      const { email } = request.body
      if (email !== undefined) {
        if (!mailer)
          throw new ApiError('validation_failed', { email: validationMessage('mail_unavailable', lang) })
        const wait = await countInvitationMail(services, user.id)
        if (wait > 0) throw new ApiError('too_many_requests', undefined, wait)
      }
      const { link, token } = await createInvitation(services, user.id, request.body, lang)
      const url = invitationLink(options.origin(), token)
      if (email !== undefined && mailer) {
        const log = request.log
        const mail = sharingInvitationMail({
          to: email,
          ownerName: user.displayName,
          role: link.role,
          language: lang,
          link: url,
          validDays: INVITATION_LIFETIME_MS / 86_400_000,
        })
        options.outbox.post(async () => {
          await mailer.send(mail)
          log.info({ userId: user.id, linkId: link.id }, 'invitation mail sent')
        })
      }
      return reply.code(201).send({ link, url, mailed: email !== undefined })
    },
  )

  app.get(
    '/sharing/links',
    {
      schema: {
        tags,
        summary: 'Who sees what: the links you made, and the people who share with you',
        response: { 200: sharingLinksResponseSchema, ...errorResponses(401) },
      },
    },
    async (request) => ({ ...(await listLinks(services, userOf(request).id)), byMail: mailer !== undefined }),
  )

  app.get(
    '/sharing/received/:id',
    {
      schema: {
        tags,
        summary: 'A link someone made to you, while it is active (its opening is in their access log)',
        params: linkParamsSchema,
        response: { 200: receivedLinkResponseSchema, ...signedInErrors },
      },
    },
    async (request) => ({ link: await openReceivedLink(services, userOf(request).id, request.params.id) }),
  )

  app.post(
    '/sharing/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation (its token), as the signed-in person',
        description:
          '400 `invitation_invalid` for a token that is not one, 400 `invitation_self` for your own invitation, ' +
          '410 `invitation_used` once accepted (by anyone) or withdrawn, 410 `invitation_expired` after a week.',
        body: acceptInvitationSchema,
        response: { 200: receivedLinkResponseSchema, ...errorResponses(400, 401, 410) },
      },
    },
    async (request) => ({ link: await acceptInvitation(services, userOf(request).id, request.body.token) }),
  )

  app.post(
    '/sharing/links/:id/end',
    {
      schema: {
        tags,
        summary: 'End a link, from either side (or withdraw an invitation): it grants nothing from now on',
        description: 'Succeeds again for the owner of an ended link; for anyone else an ended link is 404.',
        params: linkParamsSchema,
        response: { 204: z.null(), ...signedInErrors },
      },
    },
    async (request, reply) => {
      await endLink(services, userOf(request).id, request.params.id)
      return reply.code(204).send(null)
    },
  )
}
