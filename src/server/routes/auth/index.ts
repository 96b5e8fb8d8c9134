import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { DEFAULT_DEVICE_POLICY, type DevicePolicy, lockoutScope } from '../../../domain/accounts/device-trust'
import {
  failureWindowStart,
  lockAfterFailure,
  retryAfterSeconds,
  type ThrottlePolicy,
} from '../../../domain/accounts/login-throttle'
import { canonicalTimeZone } from '../../../domain/accounts/time-zone'
import {
  loginBodySchema,
  sessionStateResponseSchema,
  signupBodySchema,
  userResponseSchema,
} from '../../../shared/schemas/auth'
import { ApiError } from '../../errors'
import { errorResponses } from '../../lib/error-responses'
import type { RateLimit } from '../../lib/rate-limit'
import type { Repositories } from '../../repositories'
import { deviceThrottleKey, loginThrottleKey } from '../../repositories/login-throttle.repository'
import type { UserRecord } from '../../repositories/users.repository'
import { verifyPassword } from '../../security/passwords'
import { newId } from '../../security/tokens'
import { toPublicUser } from '../../services/accounts/public-user'

export type AuthRoutesOptions = {
  repositories: Repositories
  now: () => Date
  throttlePolicy: ThrottlePolicy
  devicePolicy?: DevicePolicy
  loginRateLimit: RateLimit
  signupRateLimit: RateLimit
}

const errors = errorResponses(400, 401, 429)

const tags = ['auth']

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, options) => {
  const { repositories, now, throttlePolicy } = options
  const devicePolicy = options.devicePolicy ?? DEFAULT_DEVICE_POLICY

  /**
   * Checks a password for the account behind `email` (none: the same work on a dummy hash),
   * counting a failure on the counter the browser's device cookie selects (ADR 0006): its own when
   * it signed in to this very account before, else the account-wide one of untrusted clients.
   * Throws 429 while that counter is locked, and `wrong` for a wrong password.
   */
  async function checkPassword(
    request: FastifyRequest,
    email: string,
    user: UserRecord | undefined,
    password: string,
    wrong: 'invalid_credentials' | 'email_unavailable',
  ): Promise<UserRecord> {
    const scope = lockoutScope(app.deviceTokenOf(request), user?.id, now(), devicePolicy)
    const throttleKey =
      scope.kind === 'device' ? deviceThrottleKey(scope.userId, scope.nonce) : loginThrottleKey(email)
    const state = await repositories.loginThrottle.find(throttleKey)
    const wait = retryAfterSeconds(state, now())
    if (wait > 0) throw new ApiError('too_many_requests', undefined, wait)

    let valid = false
    if (user) valid = await verifyPassword(user.passwordHash, password)
    else await app.passwords.burnVerifyTime(password)
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
      throw new ApiError(wrong)
    }
    if (state) await repositories.loginThrottle.clear(throttleKey)
    return user
  }

  app.post(
    '/auth/signup',
    {
      config: { rateLimit: options.signupRateLimit },
      schema: {
        tags,
        summary: 'Create an account and sign in',
        description:
          'A new email gets 201 and a new account. An email that already has an account, given with that ' +
          "account's password, signs in to it: 200 with the account as it is (name and language unchanged), " +
          'throttled like `POST /auth/login`. Given with any other password it gets 409 `email_unavailable`, ' +
          'after the same hashing work. Every answer counts towards the per-IP sign-up limit.',
        body: signupBodySchema,
        response: { 201: userResponseSchema, 200: userResponseSchema, ...errors, ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      const { email, password, displayName, language, timeZone } = request.body
      const passwordHash = await app.passwords.hash(password)
      const created = await repositories.users.insert({
        id: newId(),
        email,
        passwordHash,
        displayName,
        language,
        timeZone: timeZone === undefined ? undefined : (canonicalTimeZone(timeZone) ?? undefined),
        createdAt: now().toISOString(),
      })
      if (created) {
        // Guesses made before the account existed were against nobody: they do not lock its owner.
        await repositories.loginThrottle.clear(loginThrottleKey(email))
        await app.startSession(request, reply, created)
        app.trustDevice(request, reply, created)
        return reply.code(201).send({ user: toPublicUser(created) })
      }
      // The email has an account: with its password this is a sign-in, otherwise a refusal that
      // says no more than "not available" (ADR 0006).
      const existing = await repositories.users.findByEmail(email)
      if (!existing) throw new ApiError('email_unavailable')
      const user = await checkPassword(request, email, existing, password, 'email_unavailable')
      await app.startSession(request, reply, user)
      app.trustDevice(request, reply, user)
      return reply.code(200).send({ user: toPublicUser(user) })
    },
  )

  app.post(
    '/auth/login',
    {
      config: { rateLimit: options.loginRateLimit },
      schema: {
        tags,
        summary: 'Sign in',
        description:
          'Wrong email and wrong password get the same 401 `invalid_credentials`. Rate limited per IP, and per ' +
          'account (429 with Retry-After): a browser that signed in to the account before has a counter of its ' +
          'own, other clients share the account-wide one.',
        body: loginBodySchema,
        response: { 200: userResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body
      const found = await repositories.users.findByEmail(email)
      const user = await checkPassword(request, email, found, password, 'invalid_credentials')
      await app.startSession(request, reply, user)
      app.trustDevice(request, reply, user)
      return { user: toPublicUser(user) }
    },
  )

  app.get(
    '/auth/session',
    {
      schema: {
        tags,
        summary: 'Who is signed in on this browser: the user, or null (never 401)',
        description:
          'The web app asks this on every page, signed in or not: an anonymous visit gets 200 with ' +
          '`{"user": null}` rather than an error. `GET /api/me` still answers 401 without a session.',
        response: { 200: sessionStateResponseSchema },
      },
    },
    async (request, reply) => {
      const signedIn = await app.loadUser(request, reply)
      return { user: signedIn && request.currentUser ? toPublicUser(request.currentUser) : null }
    },
  )

  app.post(
    '/auth/logout',
    {
      schema: {
        tags,
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
