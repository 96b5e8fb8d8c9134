import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import type { RateLimitsRepository } from '../repositories/rate-limits.repository'
import { sha256 } from '../security/tokens'

type RouteInfo = { routeInfo?: { method?: string | string[]; url?: string } }

/**
 * A store for @fastify/rate-limit that counts in the database (`rate_limits`, migration 0016), so
 * that every instance sharing the database counts the same requests and a restart forgets nothing
 * (ADR 0010). Each limited route counts apart; the row's key is a hash of the route and the client's
 * key (its IP address, or a person's id), so no address is kept in clear.
 */
export function databaseRateLimitStore(
  repository: RateLimitsRepository,
  now: () => Date,
): FastifyRateLimitStoreCtor {
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    readonly #scope: string
    // @fastify/rate-limit makes the root store with its options, and one child per limited route.
    constructor(_options?: unknown, scope = '') {
      this.#scope = scope
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      const at = now()
      repository.hit(sha256(`${this.#scope} ${key}`), at, timeWindow).then(
        (count) =>
          callback(null, {
            current: count.hits,
            ttl: Math.max(0, count.windowEndsAt.getTime() - at.getTime()),
          }),
        (error: Error) => callback(error),
      )
    }

    child(routeOptions: unknown): FastifyRateLimitStore {
      const route = (routeOptions as RouteInfo).routeInfo
      const method = [route?.method ?? ''].flat().join(',')
      return new DatabaseRateLimitStore(undefined, `${method} ${route?.url ?? ''}`)
    }
  }
  return DatabaseRateLimitStore
}
