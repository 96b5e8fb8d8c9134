import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { errorResponseSchema, healthResponseSchema } from '../../../shared/schemas/common'

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness check',
        description:
          'Answers 200 while the server keeps up. When its event loop falls behind, this route like every other answers 503 `server_busy` with Retry-After, so that a load balancer backs off.',
        response: { 200: healthResponseSchema, 503: errorResponseSchema },
      },
    },
    async () => ({ status: 'ok' as const }),
  )
}
