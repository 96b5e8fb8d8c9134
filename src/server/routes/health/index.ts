import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { healthResponseSchema } from '../../../shared/schemas/common'

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: { tags: ['health'], summary: 'Liveness check', response: { 200: healthResponseSchema } },
    },
    async () => ({ status: 'ok' as const }),
  )
}
