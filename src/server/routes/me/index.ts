import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { ThrottlePolicy } from '../../../domain/accounts/login-throttle'
import { canonicalTimeZone } from '../../../domain/accounts/time-zone'
import {
  changePasswordBodySchema,
  deleteAccountBodySchema,
  sessionParamsSchema,
  sessionsResponseSchema,
  updateMeBodySchema,
  userResponseSchema,
} from '../../../shared/schemas/auth'

import { validationMessage } from '../../../shared/validation-messages'
import { ApiError } from '../../errors'
import { errorResponses } from '../../lib/error-responses'
import { requestLanguage } from '../../lib/language'
import { userOf } from '../../plugins/auth'
import { confirmPassword } from '../../services/accounts/confirm-password'
import { deleteAccount } from '../../services/accounts/delete-account'
import { toPublicUser } from '../../services/accounts/public-user'
import { exportRoutes } from './export'

const errors = errorResponses(400, 401)

export type MeRoutesOptions = { throttlePolicy: ThrottlePolicy }

const tags = ['account']

export const meRoutes: FastifyPluginAsyncZod<MeRoutesOptions> = async (app, options) => {
  const { repositories, now } = app.services
  await app.register(exportRoutes)

  app.get(
    '/me',
    {
      schema: {
        tags,
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
        tags,
        summary: 'Change display name, language or time zone',
        body: updateMeBodySchema,
        response: { 200: userResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { timeZone, ...rest } = request.body
      const updated = await repositories.users.updateProfile(
        userOf(request).id,
        {
          ...rest,
          timeZone: timeZone === undefined ? undefined : (canonicalTimeZone(timeZone) ?? undefined),
        },
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
        tags,
        summary: 'Change password (other sessions are signed out)',
        description:
          'A wrong current password gets 400 with a message on `currentPassword`, counted like the ' +
          'confirmation before deleting the account: past the limit, 429 with Retry-After.',
        body: changePasswordBodySchema,
        response: { 204: z.null(), ...errors, ...errorResponses(429) },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      // Counted like the deletion's confirmation: guessing the current password here is throttled too.
      const check = await confirmPassword(
        app.services,
        user,
        request.body.currentPassword,
        options.throttlePolicy,
      )
      if (!check.ok) {
        if (check.retryAfterSeconds > 0)
          throw new ApiError('too_many_requests', undefined, check.retryAfterSeconds)
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
        tags,
        summary: 'Delete the account and everything it owns (the password is asked again)',
        description:
          'A wrong password gets 400 with a message on `password`. Wrong passwords are counted like ' +
          'sign-in attempts, on a counter of their own: past the limit, 429 with Retry-After.',
        body: deleteAccountBodySchema,
        response: { 204: z.null(), ...errors, ...errorResponses(429) },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      const check = await confirmPassword(app.services, user, request.body.password, options.throttlePolicy)
      if (!check.ok) {
        if (check.retryAfterSeconds > 0)
          throw new ApiError('too_many_requests', undefined, check.retryAfterSeconds)
        const message = validationMessage('incorrect_password', requestLanguage(request))
        throw new ApiError('validation_failed', { password: message })
      }
      await deleteAccount(app.services, user)
      await app.endSession(request, reply)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/me/sessions',
    {
      schema: {
        tags,
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
        tags,
        summary: 'Sign out one device (404 when the session is not one of yours)',
        params: sessionParamsSchema,
        response: { 204: z.null(), ...errors, ...errorResponses(404) },
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
