/**
 * Table shapes as Kysely sees them. Timestamps are ISO 8601 strings in UTC
 * (`2026-11-25T14:03:00.000Z`) on both SQLite and PostgreSQL: they compare and sort the same
 * way as text on both engines, and come back to the app unchanged.
 */
export type UsersTable = {
  id: string
  email: string
  password_hash: string
  display_name: string
  language: 'fr' | 'en'
  created_at: string
  updated_at: string
}

export type SessionsTable = {
  /** SHA-256 of the token held in the cookie: a leaked table does not yield usable sessions. */
  id: string
  user_id: string
  created_at: string
  last_seen_at: string
  expires_at: string
  /** The browser's User-Agent at sign-in (truncated), so a person can recognise their devices. */
  user_agent: string | null
}

export type LoginThrottleTable = {
  /** SHA-256 of the normalised email, whether or not an account uses it. */
  key: string
  failures: number
  window_started_at: string
  locked_until: string | null
}

export type Database = {
  users: UsersTable
  sessions: SessionsTable
  login_throttle: LoginThrottleTable
}
