import { z } from 'zod'
import { emailSchema, newPasswordSchema } from './auth'
import { lazySchema } from './lazy-schema'

/** A reset token as it comes from a link: 43 base64url characters (256 random bits). */
export const resetTokenSchema = lazySchema(() =>
  z
    .string()
    .min(1)
    .max(200)
    .describe('The token from the reset link (after `#` in the address the mail gives)'),
)

export const passwordResetOptionsResponseSchema = lazySchema(() =>
  z.object({
    byMail: z
      .boolean()
      .describe(
        'True when this server sends reset mails (SMTP configured); otherwise the administrator makes a link',
      ),
  }),
)

export const passwordResetRequestBodySchema = lazySchema(() => z.object({ email: emailSchema }))
export type PasswordResetRequestBody = z.infer<typeof passwordResetRequestBodySchema>

export const passwordResetCheckBodySchema = lazySchema(() => z.object({ token: resetTokenSchema }))
export type PasswordResetCheckBody = z.infer<typeof passwordResetCheckBodySchema>

export const passwordResetCheckResponseSchema = lazySchema(() =>
  z.object({
    email: z
      .string()
      .describe('The account the link is for, so that a password manager saves the right entry'),
    expiresAt: z.string().describe('ISO 8601, UTC'),
  }),
)

export const passwordResetCompleteBodySchema = lazySchema(() =>
  z.object({
    token: resetTokenSchema,
    password: newPasswordSchema,
  }),
)
export type PasswordResetCompleteBody = z.infer<typeof passwordResetCompleteBodySchema>
