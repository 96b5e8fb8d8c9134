import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { errorResponseSchema } from '../../../shared/schemas/common'
import { homeResponseSchema } from '../../../shared/schemas/home'
import { userOf } from '../../plugins/auth'
import { homeOverview } from '../../services/home/home'

export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/home',
    {
      schema: {
        tags: ['home'],
        summary: 'The next step that matters, rehearsal cards due, interviews to come, debriefs waiting',
        response: { 200: homeResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request) => homeOverview(app.services, userOf(request).id),
  )
}
