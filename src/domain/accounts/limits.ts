// The limits of an account's fields, plain numbers: the shared zod schemas check them
// (shared/schemas/auth.ts) and the web forms show them without bringing zod to the first load.

export const PASSWORD_MIN_LENGTH = 10
// argon2 accepts longer, but a cap keeps hashing cost bounded for hostile input.
export const PASSWORD_MAX_LENGTH = 256
export const DISPLAY_NAME_MAX_LENGTH = 80
export const EMAIL_MAX_LENGTH = 254
