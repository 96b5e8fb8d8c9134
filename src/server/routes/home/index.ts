import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'

import { homeResponseSchema } from '../../../shared/schemas/home'
import { errorResponses } from '../../lib/error-responses'
import { userOf } from '../../plugins/auth'
import { homeOverview } from '../../services/home/home'

export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/home',
    {
      schema: {
        tags: ['home'],
        summary: 'The next step that matters, rehearsal cards due, interviews to come, debriefs waiting',
        response: { 200: homeResponseSchema, ...errorResponses(401) },
      },
    },
    async (request) => homeOverview(app.services, userOf(request).id),
  )
}
