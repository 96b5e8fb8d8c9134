import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { homeView, openActionsForNextInterview } from '../../../domain/debrief'
import { errorResponseSchema } from '../../../shared/schemas/common'
import { homeResponseSchema } from '../../../shared/schemas/home'
import { userOf } from '../../plugins/auth'
import type { Repositories } from '../../repositories'
import { buildPlan } from '../preparation/plan'

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
      // The soonest upcoming interview, with how ready its plan is.
      const soonest = interviews
        .filter((i) => new Date(i.date).getTime() > now().getTime())
        .sort((a, b) => a.date.localeCompare(b.date))[0]
      const upcoming = soonest
        ? {
            interviewId: soonest.id,
            company: soonest.company,
            role: soonest.role,
            date: soonest.date,
            readiness: (await buildPlan(repositories, user.id, soonest.id, now())).readiness.percent,
          }
        : null
      return {
        ...view,
        followUps: followUps.map((f) => ({ ...f, followUpAt: f.followUpAt ?? '' })),
        upcoming,
      }
    },
  )
}
