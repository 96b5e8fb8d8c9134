import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  changePasswordBodySchema,
  sessionParamsSchema,
  sessionsResponseSchema,
  updateMeBodySchema,
  userResponseSchema,
} from '../../../shared/schemas/auth'
import { errorResponseSchema } from '../../../shared/schemas/common'
import { validationMessage } from '../../../shared/validation-messages'
import { ApiError } from '../../errors'
import { requestLanguage } from '../../lib/language'
import { userOf } from '../../plugins/auth'
import { verifyPassword } from '../../security/passwords'
import { deleteAccount } from '../../services/accounts/delete-account'
import { toPublicUser } from '../../services/accounts/public-user'

const errors = { 400: errorResponseSchema, 401: errorResponseSchema }

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const { repositories, now } = app.services

  app.get(
    '/me',
    {
      schema: {
        tags: ['account'],
        summary: 'The signed-in user',
        response: { 200: userResponseSchema, ...errors },
      },
    },
    async (request) => ({ user: toPublicUser(userOf(request)) }),
  )

  app.patch(
    '/me',
    {
      schema: {
        tags: ['account'],
        summary: 'Change display name or language',
        body: updateMeBodySchema,
        response: { 200: userResponseSchema, ...errors },
      },
    },
    async (request) => {
      const updated = await repositories.users.updateProfile(
        userOf(request).id,
        request.body,
        now().toISOString(),
      )
      if (!updated) throw new ApiError('unauthenticated')
      return { user: toPublicUser(updated) }
    },
  )

  app.post(
    '/me/password',
    {
      schema: {
        tags: ['account'],
        summary: 'Change password (other sessions are signed out)',
        body: changePasswordBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      // Checked against the stored password, not the one remembered with the session (ADR 0008).
      const user = (await repositories.users.findById(userOf(request).id)) ?? userOf(request)
      if (!(await verifyPassword(user.passwordHash, request.body.currentPassword))) {
        const message = validationMessage('incorrect_current_password', requestLanguage(request))
        throw new ApiError('validation_failed', { currentPassword: message })
      }
      await repositories.users.updatePasswordHash(
        user.id,
        await app.passwords.hash(request.body.newPassword),
        now().toISOString(),
      )
      if (request.sessionId) await repositories.sessions.deleteOthersOfUser(user.id, request.sessionId)
      return reply.code(204).send(null)
    },
  )

  app.delete(
    '/me',
    {
      schema: {
        tags: ['account'],
        summary: 'Delete the account and everything it owns',
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      await deleteAccount(app.services, user)
      await app.endSession(request, reply)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/me/sessions',
    {
      schema: {
        tags: ['account'],
        summary: 'Devices signed in to this account',
        response: { 200: sessionsResponseSchema, ...errors },
      },
    },
    async (request) => {
      const user = userOf(request)
      const sessions = await repositories.sessions.listForUser(user.id, now().toISOString())
      return { sessions: sessions.map((s) => ({ ...s, current: s.id === request.sessionId })) }
    },
  )

  app.delete(
    '/me/sessions/:id',
    {
      schema: {
        tags: ['account'],
        summary: 'Sign out one device (404 when the session is not one of yours)',
        params: sessionParamsSchema,
        response: { 204: z.null(), 404: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      if (!(await repositories.sessions.deleteOfUser(user.id, request.params.id)))
        throw new ApiError('not_found')
      if (request.params.id === request.sessionId) await app.endSession(request, reply)
      return reply.code(204).send(null)
    },
  )
}
