import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { healthResponseSchema, readyResponseSchema } from '../../../shared/schemas/common'
import { ApiError } from '../../errors'
import { errorResponses } from '../../lib/error-responses'

export type HealthRoutesOptions = {
  /** Why the database cannot serve this build (unreachable, a migration missing); empty when ready. */
  readiness: () => Promise<string[]>
}

const tags = ['health']

export const healthRoutes: FastifyPluginAsyncZod<HealthRoutesOptions> = async (app, options) => {
  app.get(
    '/health',
    {
      schema: {
        tags,
        summary: 'Liveness check',
        description:
          'Answers 200 while the server keeps up, whatever its database does (a restart would not help ' +
          'with that: see `/api/ready`). When its event loop falls behind, this route like every other ' +
          'answers 503 `server_busy` with Retry-After, so that a load balancer backs off.',
        response: { 200: healthResponseSchema, ...errorResponses(503) },
      },
    },
    async () => ({ status: 'ok' as const }),
  )

  app.get(
    '/ready',
    {
      schema: {
        tags,
        summary: 'Readiness check, for a load balancer',
        description:
          'Answers 200 when the database answers and every migration this version knows has been ' +
          'applied; otherwise 503 `not_ready` with Retry-After (the reason goes to the log, not to the ' +
          'caller). Like every route, 503 `server_busy` when the event loop falls behind.',
        response: { 200: readyResponseSchema, ...errorResponses(503) },
      },
    },
    async (request) => {
      const problems = await options.readiness()
      if (problems.length > 0) {
        request.log.warn({ problems }, 'not ready')
        throw new ApiError('not_ready', undefined, 5)
      }
      return { status: 'ready' as const }
    },
  )
}
