import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { homeView, openActionsForNextInterview } from '../../../domain/debrief'
import { errorResponseSchema } from '../../../shared/schemas/common'
import { homeResponseSchema } from '../../../shared/schemas/home'
import { userOf } from '../../plugins/auth'
import type { Repositories } from '../../repositories'

export type HomeRoutesOptions = { repositories: Repositories; now: () => Date }

export const homeRoutes: FastifyPluginAsyncZod<HomeRoutesOptions> = async (app, { repositories, now }) => {
  app.addHook('onRequest', app.requireUser)

  app.get(
    '/home',
    {
      schema: {
        tags: ['home'],
        summary: 'The next step that matters, and debriefs still waiting',
        response: { 200: homeResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request) => {
      const user = userOf(request)
      const [interviews, debriefs, followUps] = await Promise.all([
        repositories.interviews.list(user.id),
        repositories.debriefs.listContents(user.id),
        repositories.feedback.followUpsDue(user.id, now().toISOString()),
      ])
      const openActions = debriefs.reduce((n, d) => n + openActionsForNextInterview(d.content).length, 0)
      const view = homeView(
        interviews.map((i) => ({
          id: i.id,
          company: i.company,
          role: i.role,
          date: i.date,
          debriefProgress: i.debrief?.progress ?? null,
        })),
        openActions,
        now(),
      )
      return { ...view, followUps: followUps.map((f) => ({ ...f, followUpAt: f.followUpAt ?? '' })) }
    },
  )
}
