import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  failureWindowStart,
  lockAfterFailure,
  retryAfterSeconds,
  type ThrottlePolicy,
} from '../../../domain/accounts/login-throttle'
import { loginBodySchema, signupBodySchema, userResponseSchema } from '../../../shared/schemas/auth'
import { errorResponseSchema } from '../../../shared/schemas/common'
import { ApiError } from '../../errors'
import type { Repositories } from '../../repositories'
import { loginThrottleKey } from '../../repositories/login-throttle.repository'
import { burnVerifyTime, hashPassword, verifyPassword } from '../../security/passwords'
import { newId } from '../../security/tokens'
import { toPublicUser } from '../me/public-user'

export type RateLimit = { max: number; timeWindow: number }

export type AuthRoutesOptions = {
  repositories: Repositories
  now: () => Date
  throttlePolicy: ThrottlePolicy
  loginRateLimit: RateLimit
  signupRateLimit: RateLimit
}

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 429: errorResponseSchema }

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, options) => {
  const { repositories, now, throttlePolicy } = options

  app.post(
    '/auth/signup',
    {
      config: { rateLimit: options.signupRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Create an account and sign in',
        description:
          'An email already in use gets 409 `email_unavailable`, with the same wording whatever the reason, and after the same hashing work.',
        body: signupBodySchema,
        response: { 201: userResponseSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { email, password, displayName, language } = request.body
      const passwordHash = await hashPassword(password)
      const user = await repositories.users.insert({
        id: newId(),
        email,
        passwordHash,
        displayName,
        language,
        createdAt: now().toISOString(),
      })
      if (!user) throw new ApiError('email_unavailable')
      await app.startSession(request, reply, user)
      return reply.code(201).send({ user: toPublicUser(user) })
    },
  )

  app.post(
    '/auth/login',
    {
      config: { rateLimit: options.loginRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Sign in',
        description:
          'Wrong email and wrong password get the same 401 `invalid_credentials`. Rate limited per IP and per account (429 with Retry-After).',
        body: loginBodySchema,
        response: { 200: userResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body
      const throttleKey = loginThrottleKey(email)
      const state = await repositories.loginThrottle.find(throttleKey)
      const wait = retryAfterSeconds(state, now())
      if (wait > 0) throw new ApiError('too_many_requests', undefined, wait)

      const user = await repositories.users.findByEmail(email)
      let valid = false
      if (user) valid = await verifyPassword(user.passwordHash, password)
      else await burnVerifyTime(password)
      if (!user || !valid) {
        // Counted atomically: parallel guesses each count, and any that reaches the limit locks.
        const at = now()
        const counted = await repositories.loginThrottle.countFailure(
          throttleKey,
          at,
          failureWindowStart(at, throttlePolicy),
        )
        const lock = lockAfterFailure(counted, at, throttlePolicy)
        if (lock) await repositories.loginThrottle.save(throttleKey, lock)
        const lockedFor = retryAfterSeconds(lock ?? counted, at)
        if (lockedFor > 0) throw new ApiError('too_many_requests', undefined, lockedFor)
        throw new ApiError('invalid_credentials')
      }
      if (state) await repositories.loginThrottle.clear(throttleKey)
      await app.startSession(request, reply, user)
      return { user: toPublicUser(user) }
    },
  )

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out (ends this session; succeeds even when already signed out)',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await app.endSession(request, reply)
      return reply.code(204).send(null)
    },
  )
}
