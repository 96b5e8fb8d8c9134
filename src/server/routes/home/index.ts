import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { homeView, openActionsForNextInterview } from '../../../domain/debrief'
import { reboundFollowUp } from '../../../domain/progress'
import { errorResponseSchema } from '../../../shared/schemas/common'
import { homeResponseSchema } from '../../../shared/schemas/home'
import { userOf } from '../../plugins/auth'
import { buildPlan } from '../../services/preparation/build-plan'
import { currentReboundOffers } from '../../services/rebounds/rebounds'

export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { repositories, now } = app.services
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
      const [interviews, debriefs, followUps, rebounds, offers] = await Promise.all([
        repositories.interviews.list(user.id),
        repositories.debriefs.listContents(user.id),
        repositories.feedback.followUpsDue(user.id, now().toISOString()),
        repositories.rebounds.list(user.id, 10),
        currentReboundOffers(repositories, user.id, now()),
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
      // The newest rebound still worth following up, and a rejection no rebound follows yet.
      const rebound = rebounds
        .map((r) => ({ r, followUp: reboundFollowUp(r, now()) }))
        .find(({ followUp }) => followUp !== null)
      const offer = offers[0]
      return {
        ...view,
        followUps: followUps.map((f) => ({ ...f, followUpAt: f.followUpAt ?? '' })),
        upcoming,
        rebound:
          rebound?.followUp != null
            ? {
                id: rebound.r.id,
                company: rebound.r.company,
                kind: rebound.followUp.kind,
                done: rebound.followUp.done,
                total: rebound.followUp.total,
                hoursLeft: rebound.followUp.kind === 'in_progress' ? rebound.followUp.hoursLeft : null,
              }
            : null,
        reboundOffer: offer
          ? {
              interviewId: offer.interviewId,
              applicationId: offer.applicationId,
              company: offer.company,
              role: offer.role,
            }
          : null,
      }
    },
  )
}
