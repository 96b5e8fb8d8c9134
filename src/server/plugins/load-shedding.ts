import underPressure from '@fastify/under-pressure'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ApiError } from '../errors'

export type LoadSheddingOptions = {
  /**
   * The mean event-loop lag (ms, measured each second) past which new requests get 503 with
   * Retry-After instead of queueing behind the ones that are late already.
   */
  maxEventLoopDelayMs: number
  retryAfterSeconds?: number
}

/** A lag of a whole second on average means nothing is answered in time anyway: say so at once. */
export const DEFAULT_MAX_EVENT_LOOP_DELAY_MS = 1000

/**
 * When the event loop falls behind, answers 503 `server_busy` (with Retry-After) in the API's
 * error shape, /api/health included, so that a load balancer or a person's browser backs off.
 */
export const loadSheddingPlugin = fp(
  async (app: FastifyInstance, options: LoadSheddingOptions) => {
    const retryAfter = options.retryAfterSeconds ?? 5
    await app.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelayMs,
      // A rejected promise goes to the error handler, which writes the 503 and its Retry-After.
      pressureHandler: async () => {
        throw new ApiError('server_busy', undefined, retryAfter)
      },
    })
  },
  { name: 'rebond-load-shedding' },
)
