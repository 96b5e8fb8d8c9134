import type { User } from '../../../shared/schemas/auth'

const USER_TEXT_FIELDS = ['id', 'email', 'displayName', 'timeZone', 'createdAt'] as const

/**
 * `GET /api/auth/session`'s answer (`sessionStateResponseSchema`), checked by hand: every page asks it
 * first, and zod stays with the pages that validate forms. session-state.test.ts holds it to the schema.
 */
export function readSessionState(payload: unknown): { user: User | null } | undefined {
  if (typeof payload !== 'object' || payload === null || !('user' in payload)) return undefined
  if (payload.user === null) return { user: null }
  return readUserResponse(payload)
}

/**
 * The answer of signing in or up (`userResponseSchema`), checked by hand for the same reason: the
 * sign-in and sign-up pages are first loads too. session-state.test.ts holds it to the schema.
 */
export function readUserResponse(payload: unknown): { user: User } | undefined {
  if (typeof payload !== 'object' || payload === null || !('user' in payload)) return undefined
  const user = readUser(payload.user)
  return user === undefined ? undefined : { user }
}

function readUser(user: unknown): User | undefined {
  if (typeof user !== 'object' || user === null) return undefined
  const fields = user as Record<string, unknown>
  if (!USER_TEXT_FIELDS.every((key) => typeof fields[key] === 'string')) return undefined
  if (fields.language !== 'fr' && fields.language !== 'en') return undefined
  const { id, email, displayName, language, timeZone, createdAt } = fields as User
  return { id, email, displayName, language, timeZone, createdAt }
}
