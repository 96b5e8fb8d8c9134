import { z } from 'zod'
import {
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '../../domain/accounts/limits'
import { DEFAULT_TIME_ZONE, isTimeZone, TIME_ZONE_MAX_LENGTH } from '../../domain/accounts/time-zone'
import { languageSchema, oneLine } from './common'
import { emailSchema } from './email'
import { lazySchema } from './lazy-schema'

// emailSchema lives in email.ts: the sharing schemas, which every signed-in page reads, need it without this file.
export { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH, emailSchema, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH }

export const newPasswordSchema = lazySchema(() =>
  z
    .string()
    .min(PASSWORD_MIN_LENGTH)
    .max(PASSWORD_MAX_LENGTH)
    .describe(`At least ${PASSWORD_MIN_LENGTH} characters`),
)

export const displayNameSchema = lazySchema(() =>
  oneLine(z.string().trim().min(1).max(DISPLAY_NAME_MAX_LENGTH)),
)

export const timeZoneSchema = lazySchema(() =>
  z
    .string()
    .min(1)
    .max(TIME_ZONE_MAX_LENGTH)
    .refine(isTimeZone, 'unknown_time_zone')
    .describe('An IANA time zone, such as "Europe/Paris"'),
)

export const signupBodySchema = lazySchema(() =>
  z.object({
    email: emailSchema,
    password: newPasswordSchema,
    displayName: displayNameSchema,
    language: languageSchema,
    // The browser's own zone, sent as it is: one this server does not know never blocks a sign-up.
    timeZone: timeZoneSchema
      .optional()
      .catch(undefined)
      .describe(
        `The browser's IANA time zone; absent or unknown, the account starts in ${DEFAULT_TIME_ZONE} (editable later)`,
      ),
  }),
)
export type SignupBody = z.infer<typeof signupBodySchema>

export const loginBodySchema = lazySchema(() =>
  z.object({
    email: emailSchema,
    // No length rule here: a wrong password must get the same answer whatever its length.
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  }),
)
export type LoginBody = z.infer<typeof loginBodySchema>

export const userSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    language: languageSchema,
    timeZone: z.string().describe('IANA time zone: reminders, exports and the report use it'),
    createdAt: z.string().describe('ISO 8601, UTC'),
  }),
)
export type User = z.infer<typeof userSchema>

export const userResponseSchema = lazySchema(() => z.object({ user: userSchema }))

export const updateMeBodySchema = lazySchema(() =>
  z
    .object({
      displayName: displayNameSchema.optional(),
      language: languageSchema.optional(),
      timeZone: timeZoneSchema.optional(),
    })
    .refine(
      (body) => body.displayName !== undefined || body.language !== undefined || body.timeZone !== undefined,
      { message: 'nothing_to_update' },
    ),
)
export type UpdateMeBody = z.infer<typeof updateMeBodySchema>

export const changePasswordBodySchema = lazySchema(() =>
  z.object({
    currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
    newPassword: newPasswordSchema,
  }),
)
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>

export const deleteAccountBodySchema = lazySchema(() =>
  z.object({
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH).describe("The account's current password"),
  }),
)
export type DeleteAccountBody = z.infer<typeof deleteAccountBodySchema>

export const sessionStateResponseSchema = lazySchema(() =>
  z.object({
    user: userSchema.nullable().describe('Null when this browser is not signed in'),
  }),
)

export const sessionSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    userAgent: z.string().nullable(),
    current: z.boolean().describe('True for the session making this request'),
  }),
)
export type Session = z.infer<typeof sessionSchema>
export const sessionsResponseSchema = lazySchema(() => z.object({ sessions: z.array(sessionSchema) }))
export const sessionParamsSchema = lazySchema(() => z.object({ id: z.string().min(1).max(200) }))
