import type { SessionWithUser } from '../repositories/sessions.repository'

/**
 * What this instance remembers of recent sessions, so that an authenticated request does not
 * always cost a database round trip (ADR 0008). An entry lives at most `ttlMs`: a session ended on
 * another instance stops working here within that time. On this instance, anything a person
 * writes drops what is remembered about them at once (`forgetUser`), so a sign-out, a password
 * change, a deleted account or a new language takes effect with the next request.
 *
 * A lookup that raced with such a write is used but not remembered (`epoch`).
 */
export type SessionCache = {
  get(id: string): SessionWithUser | undefined
  /** Counts writes; read before looking a session up, handed back to `put`. */
  epoch(): number
  /** Remembers a session read from the database, unless someone wrote since `epoch` was read. */
  put(id: string, session: SessionWithUser, epoch: number): void
  /** The session's last-seen time changed (it was touched): keeps the entry in step. */
  touched(id: string, lastSeenAt: string): void
  forget(id: string): void
  forgetUser(userId: string): void
}

type Entry = { session: SessionWithUser; at: number }

export type SessionCacheOptions = {
  /** How long an entry may be used; 0 turns the cache off. */
  ttlMs: number
  /** Entries kept at most; the least recently used goes first. */
  max?: number
  /** Milliseconds, monotonic; tests pass their own. */
  clock?: () => number
}

export function createSessionCache({
  ttlMs,
  max = 10_000,
  clock = () => performance.now(),
}: SessionCacheOptions): SessionCache {
  const entries = new Map<string, Entry>()
  let writes = 0

  return {
    get(id) {
      const entry = entries.get(id)
      if (!entry) return undefined
      if (clock() - entry.at >= ttlMs) {
        entries.delete(id)
        return undefined
      }
      // Most recently used last: a Map keeps insertion order.
      entries.delete(id)
      entries.set(id, entry)
      return entry.session
    },
    epoch: () => writes,
    put(id, session, epoch) {
      if (ttlMs <= 0 || epoch !== writes) return
      entries.delete(id)
      entries.set(id, { session, at: clock() })
      while (entries.size > max) {
        const oldest = entries.keys().next().value
        if (oldest === undefined) break
        entries.delete(oldest)
      }
    },
    touched(id, lastSeenAt) {
      const entry = entries.get(id)
      if (entry) entry.session = { ...entry.session, lastSeenAt }
    },
    forget(id) {
      writes++
      entries.delete(id)
    },
    forgetUser(userId) {
      writes++
      for (const [id, entry] of entries) if (entry.session.user.id === userId) entries.delete(id)
    },
  }
}
