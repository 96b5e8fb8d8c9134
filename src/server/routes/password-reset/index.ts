import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  passwordResetCheckBodySchema,
  passwordResetCheckResponseSchema,
  passwordResetCompleteBodySchema,
  passwordResetOptionsResponseSchema,
  passwordResetRequestBodySchema,
} from '../../../shared/schemas/password-reset'
import { ApiError, type ErrorCode } from '../../errors'
import { errorResponses } from '../../lib/error-responses'
import type { RateLimit } from '../../lib/rate-limit'
import type { Mailer, Outbox } from '../../mail/mailer'
import { passwordResetMail } from '../../mail/password-reset-mail'
import {
  completeReset,
  countResetRequest,
  createResetToken,
  inspectResetToken,
  RESET_LINK_KEPT_MS,
  RESET_LINK_LIFETIME_MS,
  type ResetLinkState,
  resetLink,
} from '../../services/accounts/password-reset'

export type PasswordResetRoutesOptions = {
  /** Absent when SMTP_URL is not set: requests get 409 and the sign-in page says to ask the administrator. */
  mailer: Mailer | undefined
  outbox: Outbox
  /** Where links in mails point (lib/public-origin.ts). */
  origin: () => string
  requestRateLimit: RateLimit
}

const STATE_ERRORS: Record<Exclude<ResetLinkState['status'], 'valid'>, ErrorCode> = {
  invalid: 'reset_link_invalid',
  expired: 'reset_link_expired',
  used: 'reset_link_used',
}

const linkErrors = errorResponses(400, 410)

const tags = ['auth']

export const passwordResetRoutes: FastifyPluginAsyncZod<PasswordResetRoutesOptions> = async (
  app,
  options,
) => {
  const { services } = app
  const { mailer, outbox } = options

  const { origin } = options

  app.get(
    '/auth/password-reset',
    {
      schema: {
        tags,
        summary: 'How a forgotten password is reset here: by mail, or through the administrator',
        response: { 200: passwordResetOptionsResponseSchema },
      },
    },
    async () => ({ byMail: mailer !== undefined }),
  )

  app.post(
    '/auth/password-reset/request',
    {
      config: { rateLimit: options.requestRateLimit },
      schema: {
        tags,
        summary: 'Send a reset link to an address (the same answer whether it has an account or not)',
        description:
          'Always 202 with an empty body for a well-formed address, at once: the mail, if the address has an ' +
          'account, goes out after the answer, in the account’s language, with a link that works once for one ' +
          'hour. Rate limited per IP and per address (3 per 15 minutes, then an hour): 429 with Retry-After. ' +
          'Without SMTP configured, 409 `mail_not_configured`.',
        body: passwordResetRequestBodySchema,
        response: { 202: z.object({}), ...errorResponses(400, 429, 409) },
      },
    },
    async (request, reply) => {
      if (!mailer) throw new ApiError('mail_not_configured')
      const { email } = request.body
      const wait = await countResetRequest(services, email)
      if (wait > 0) throw new ApiError('too_many_requests', undefined, wait)
      const log = request.log
      outbox.post(async () => {
        const user = await services.repositories.users.findByEmail(email)
        if (!user) return
        const { token } = await createResetToken(services, user)
        await mailer.send(
          passwordResetMail({
            to: user.email,
            displayName: user.displayName,
            language: user.language,
            link: resetLink(origin(), token),
            validMinutes: RESET_LINK_LIFETIME_MS / 60_000,
          }),
        )
        log.info({ userId: user.id }, 'password reset mail sent')
      })
      return reply.code(202).send({})
    },
  )

  app.post(
    '/auth/password-reset/check',
    {
      schema: {
        tags,
        summary: 'Whether a reset link still works, and for which account',
        description:
          '400 `reset_link_invalid` for a token that is not ours; 410 `reset_link_expired` past its hour; 410 ' +
          '`reset_link_used` once used or when the password changed since the link was made.',
        body: passwordResetCheckBodySchema,
        response: { 200: passwordResetCheckResponseSchema, ...linkErrors },
      },
    },
    async (request) => {
      const state = await inspectResetToken(services, request.body.token)
      if (state.status !== 'valid') throw new ApiError(STATE_ERRORS[state.status])
      return { email: state.user.email, expiresAt: state.expiresAt }
    },
  )

  app.post(
    '/auth/password-reset/complete',
    {
      schema: {
        tags,
        summary: 'Choose a new password through a reset link (every session of the account ends)',
        description:
          'The link is spent, with every other link of the account; every session of the account ends and ' +
          'its sign-in lock is lifted. The person then signs in with the new password. Errors as for `check`.',
        body: passwordResetCompleteBodySchema,
        response: { 204: z.null(), ...linkErrors },
      },
    },
    async (request, reply) => {
      const { token, password } = request.body
      // Hash only for a link that works: a forged token costs no hashing.
      const before = await inspectResetToken(services, token)
      if (before.status !== 'valid') throw new ApiError(STATE_ERRORS[before.status])
      const state = await completeReset(services, token, await app.passwords.hash(password))
      if (state.status !== 'valid') throw new ApiError(STATE_ERRORS[state.status])
      // This instance forgets the sessions it remembered (ADR 0008); others within a second.
      app.sessionCache.forgetUser(state.user.id)
      return reply.code(204).send(null)
    },
  )

  // Spent and expired links are kept a week (a late click says "expired"), then deleted.
  const sweep = async () => {
    const before = new Date(services.now().getTime() - RESET_LINK_KEPT_MS).toISOString()
    await services.repositories.passwordResets
      .deleteExpiredBefore(before)
      .catch((err) => app.log.warn({ err }, 'password reset sweep failed'))
  }
  app.addHook('onReady', sweep)
  const timer = setInterval(() => void sweep(), 60 * 60 * 1000)
  timer.unref()
  app.addHook('onClose', async () => {
    clearInterval(timer)
    await outbox.close()
    mailer?.close()
  })
}
