/** A per-IP limit on a route: at most `max` requests in `timeWindow` milliseconds (@fastify/rate-limit). */
export type RateLimit = { max: number; timeWindow: number }
