import {
  awaitingAnswer,
  homeView,
  openActionsForNextInterview,
  upcomingInterviews,
} from '../../../domain/debrief'
import { reboundFollowUp } from '../../../domain/progress'
import type { ServiceContext } from '../context'
import { buildPlan } from '../preparation/build-plan'
import { currentReboundOffers } from '../rebounds/rebounds'
import { homeFeedback } from '../sharing/reviews'

/**
 * Everything Home shows, read in one go: the next step, debriefs waiting, rehearsal cards due
 * now, each interview to come (with how far its preparation is, and whether a rejection
 * contradicts it), recent interviews still waiting for an answer, and the rebound to follow up.
 */
export async function homeOverview(context: ServiceContext, userId: string) {
  const { repositories } = context
  const now = context.now()
  const at = now.toISOString()
  const [interviews, applications, debriefs, followUps, rebounds, offers, dueKeys, coachFeedback] =
    await Promise.all([
      repositories.interviews.list(userId),
      repositories.applications.list(userId, {}),
      repositories.debriefs.listContents(userId),
      repositories.feedback.followUpsDue(userId, at),
      repositories.rebounds.list(userId, 10),
      currentReboundOffers(repositories, userId, now),
      // The same cards as the rehearsal queue: due at this moment.
      repositories.cards.listDueKeys(userId, at),
      homeFeedback(context, userId),
    ])
  const statusOf = new Map(applications.map((a) => [a.id, a.status]))
  const forHome = interviews.map((i) => ({
    id: i.id,
    company: i.company,
    role: i.role,
    date: i.date,
    debriefProgress: i.debrief?.progress ?? null,
    outcome: i.outcome,
    applicationStatus: statusOf.get(i.applicationId) ?? 'active',
  }))
  const openActions = debriefs.reduce((n, d) => n + openActionsForNextInterview(d.content).length, 0)
  const view = homeView(forHome, { openActions, dueCards: dueKeys.length }, now)

  const upcoming = await Promise.all(
    upcomingInterviews(forHome, now).map(async (u) => ({
      ...u,
      readiness: (await buildPlan(repositories, userId, u.interviewId, now)).readiness.percent,
    })),
  )
  // The newest rebound still worth following up, and a rejection no rebound follows yet.
  const rebound = rebounds
    .map((r) => ({ r, followUp: reboundFollowUp(r, now) }))
    .find(({ followUp }) => followUp !== null)
  const offer = offers[0]
  return {
    ...view,
    dueCards: dueKeys.length,
    followUps: followUps.map((f) => ({ ...f, followUpAt: f.followUpAt ?? '' })),
    upcoming: upcoming[0] ?? null,
    upcomingInterviews: upcoming,
    awaitingAnswer: awaitingAnswer(forHome, now),
    coachFeedback,
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
}
