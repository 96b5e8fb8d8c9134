import { z } from 'zod'
import { languageSchema, oneLine } from './common'

export const PASSWORD_MIN_LENGTH = 10
// argon2 accepts longer, but a cap keeps hashing cost bounded for hostile input.
export const PASSWORD_MAX_LENGTH = 256
export const DISPLAY_NAME_MAX_LENGTH = 80
export const EMAIL_MAX_LENGTH = 254

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(EMAIL_MAX_LENGTH)
  .pipe(z.email())
  .describe('Email address; compared case-insensitively')

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH)
  .describe(`At least ${PASSWORD_MIN_LENGTH} characters`)

export const displayNameSchema = oneLine(z.string().trim().min(1).max(DISPLAY_NAME_MAX_LENGTH))

export const signupBodySchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  displayName: displayNameSchema,
  language: languageSchema,
})
export type SignupBody = z.infer<typeof signupBodySchema>

export const loginBodySchema = z.object({
  email: emailSchema,
  // No length rule here: a wrong password must get the same answer whatever its length.
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
})
export type LoginBody = z.infer<typeof loginBodySchema>

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  language: languageSchema,
  createdAt: z.string().describe('ISO 8601, UTC'),
})
export type User = z.infer<typeof userSchema>

export const userResponseSchema = z.object({ user: userSchema })

export const updateMeBodySchema = z
  .object({
    displayName: displayNameSchema.optional(),
    language: languageSchema.optional(),
  })
  .refine((body) => body.displayName !== undefined || body.language !== undefined, {
    message: 'nothing_to_update',
  })
export type UpdateMeBody = z.infer<typeof updateMeBodySchema>

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: newPasswordSchema,
})
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>

export const sessionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string().nullable(),
  current: z.boolean().describe('True for the session making this request'),
})
export type Session = z.infer<typeof sessionSchema>
export const sessionsResponseSchema = z.object({ sessions: z.array(sessionSchema) })
export const sessionParamsSchema = z.object({ id: z.string().min(1).max(200) })
