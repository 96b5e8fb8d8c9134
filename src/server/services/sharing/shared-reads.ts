import { MASTERED_INTERVAL_DAYS, periodRange, progressSeries, sortMoods } from '../../../domain/progress'
import { decideAccess, type Resource, type ResourceKind } from '../../../domain/sharing'
import type { Application, Interview, InterviewListItem } from '../../../shared/schemas/interviews'
import type {
  SharedDebrief,
  SharedInterview,
  SharedInterviews,
  SharedMockInterviews,
  SharedMockReport,
  SharedMoods,
  SharedProgress,
  SharedRebounds,
  SharedRehearsal,
} from '../../../shared/schemas/shared-with-me'
import { ApiError } from '../../errors'
import type { ReceivedLinkRecord } from '../../repositories/sharing.repository'
import { newId } from '../../security/tokens'
import type { ServiceContext } from '../context'
import { getMockInterview, sessionListItem } from '../mock-interviews/mock-interviews'
import { receivedView } from './sharing'

/**
 * What the person a link was made for reads through it (issue 17). Each read loads the link as theirs
 * (active, accepted, not ended), asks the access policy for the resource, and notes the opening in
 * the owner's access log. Whatever the policy refuses answers 404, as for something that does not
 * exist or a link that ended: the reader learns nothing more than what is shared.
 */

/** Most rehearsal questions one read returns (the most recently practised). */
export const SHARED_CARDS_LIMIT = 100

const linkView = receivedView

/** The reader's active link, if `resource` (of the link's owner) is one it shares for reading; else 404. */
async function readThrough(
  context: ServiceContext,
  readerId: string,
  linkId: string,
  kind: ResourceKind,
  id?: string,
): Promise<ReceivedLinkRecord> {
  const link = await context.repositories.sharing.findReceived(readerId, linkId)
  if (!link) throw new ApiError('not_found')
  const resource: Resource = { kind, ownerId: link.ownerId, ...(id === undefined ? {} : { id }) }
  if (!decideAccess(readerId, 'read', resource, [link]).allowed) throw new ApiError('not_found')
  return link
}

/** Whether the link shares any debrief at all (a list of none is refused as unshared). */
const sharesDebriefs = (link: ReceivedLinkRecord) => link.shares.debriefs !== 'none'

async function noteOpening(
  context: ServiceContext,
  link: ReceivedLinkRecord,
  kind: string,
  resourceId: string | null,
): Promise<void> {
  await context.repositories.sharing.logAccess({
    id: newId(),
    linkId: link.id,
    resourceKind: kind,
    resourceId,
    openedAt: context.now().toISOString(),
  })
}

const sharedInterview = (
  interview: Interview,
  application: Pick<Application, 'company' | 'role'>,
  debrief: { progress: number; updatedAt: string | null } | null | undefined,
): SharedInterview => ({
  ...interview,
  company: application.company,
  role: application.role,
  debrief: debrief?.updatedAt ? { progress: debrief.progress, updatedAt: debrief.updatedAt } : null,
})

const fromListItem = ({ company, role, debrief, ...interview }: InterviewListItem): SharedInterview =>
  sharedInterview(interview, { company, role }, debrief)

/** The interviews whose debriefs the link shares, newest first. */
export async function sharedInterviews(
  context: ServiceContext,
  readerId: string,
  linkId: string,
): Promise<SharedInterviews> {
  const link = await context.repositories.sharing.findReceived(readerId, linkId)
  if (!link || !sharesDebriefs(link)) throw new ApiError('not_found')
  const all = await context.repositories.interviews.list(link.ownerId)
  const interviews = all.filter(
    (item) =>
      decideAccess(readerId, 'read', { kind: 'debrief', ownerId: link.ownerId, id: item.id }, [link]).allowed,
  )
  await noteOpening(context, link, 'debrief', null)
  return { link: linkView(link), interviews: interviews.map(fromListItem) }
}

/** One interview and its debrief, read-only. */
export async function sharedDebrief(
  context: ServiceContext,
  readerId: string,
  linkId: string,
  interviewId: string,
): Promise<SharedDebrief> {
  const link = await readThrough(context, readerId, linkId, 'debrief', interviewId)
  const { repositories } = context
  const interview = await repositories.interviews.find(link.ownerId, interviewId)
  const application =
    interview && (await repositories.applications.find(link.ownerId, interview.applicationId))
  if (!interview || !application) throw new ApiError('not_found')
  const debrief = await repositories.debriefs.find(link.ownerId, interviewId)
  await noteOpening(context, link, 'debrief', interviewId)
  return {
    link: linkView(link),
    interview: sharedInterview(interview, application, debrief),
    debrief: debrief?.content ?? null,
  }
}

/** The questions practised, each with its attempts and the one marked as the best answer. */
export async function sharedRehearsal(
  context: ServiceContext,
  readerId: string,
  linkId: string,
): Promise<SharedRehearsal> {
  const link = await readThrough(context, readerId, linkId, 'rehearsal_answer')
  const { repositories } = context
  const practised = (await repositories.cards.list(link.ownerId, {}))
    .filter((card) => card.attemptCount > 0)
    .sort((a, b) => (b.lastReview ?? b.createdAt).localeCompare(a.lastReview ?? a.createdAt))
    .slice(0, SHARED_CARDS_LIMIT)
  const attempts = await repositories.attempts.listForCards(
    link.ownerId,
    practised.map((card) => card.id),
  )
  const cards = practised.map((card) => ({ card, attempts: attempts.get(card.id) ?? [] }))
  await noteOpening(context, link, 'rehearsal_answer', null)
  return { link: linkView(link), cards }
}

/** The recording of one attempt, to play back (rehearsal shares answers with their recordings). */
export async function sharedAttemptAudio(
  context: ServiceContext,
  readerId: string,
  linkId: string,
  attemptId: string,
): Promise<{ mime: string; data: Uint8Array }> {
  const link = await readThrough(context, readerId, linkId, 'rehearsal_recording', attemptId)
  const audio = await context.repositories.attempts.findAudio(link.ownerId, attemptId)
  if (!audio) throw new ApiError('not_found')
  await noteOpening(context, link, 'rehearsal_recording', attemptId)
  return audio
}

/**
 * The mood log, when the link shares it: with Progress it also shows there, but a person may share their moods
 * without their Progress figures, and the moods must then be readable on their own.
 */
export async function sharedMoods(
  context: ServiceContext,
  readerId: string,
  linkId: string,
): Promise<SharedMoods> {
  const link = await readThrough(context, readerId, linkId, 'mood_log')
  const moods = await context.repositories.moods.list(link.ownerId, periodRange({}, context.now()))
  await noteOpening(context, link, 'mood_log', null)
  return { link: linkView(link), moods: sortMoods(moods) }
}

/** Most rebound plans one read returns (the newest). */
export const SHARED_REBOUNDS_LIMIT = 50

/** The rebound plans, newest first: their steps and where they stand, without the mood or the lessons. */
export async function sharedRebounds(
  context: ServiceContext,
  readerId: string,
  linkId: string,
): Promise<SharedRebounds> {
  const link = await readThrough(context, readerId, linkId, 'rebound_plan')
  const rebounds = await context.repositories.rebounds.list(link.ownerId, SHARED_REBOUNDS_LIMIT)
  await noteOpening(context, link, 'rebound_plan', null)
  return {
    link: linkView(link),
    rebounds: rebounds.map(({ id, company, role, steps, createdAt, updatedAt, closedAt }) => ({
      id,
      company,
      role,
      steps,
      createdAt,
      updatedAt,
      closedAt,
    })),
  }
}

/** Completed mock interviews, newest first. */
export async function sharedMockInterviews(
  context: ServiceContext,
  readerId: string,
  linkId: string,
): Promise<SharedMockInterviews> {
  const link = await readThrough(context, readerId, linkId, 'mock_report')
  const sessions = (await context.repositories.mockInterviews.list(link.ownerId, 50))
    .filter((s) => s.completedAt !== null)
    .map(sessionListItem)
  await noteOpening(context, link, 'mock_report', null)
  return { link: linkView(link), sessions }
}

/** One completed mock interview's report (one still under way is not a report yet: 404). */
export async function sharedMockReport(
  context: ServiceContext,
  readerId: string,
  linkId: string,
  mockId: string,
): Promise<SharedMockReport> {
  const link = await readThrough(context, readerId, linkId, 'mock_report', mockId)
  const session = await getMockInterview(context, link.ownerId, mockId)
  if (session.completedAt === null) throw new ApiError('not_found')
  await noteOpening(context, link, 'mock_report', mockId)
  return { link: linkView(link), session }
}

/** The whole history's Progress figures, naming no interview; moods only when shared too. */
export async function sharedProgress(
  context: ServiceContext,
  readerId: string,
  linkId: string,
): Promise<SharedProgress> {
  const link = await readThrough(context, readerId, linkId, 'progress')
  const { repositories, now } = context
  const range = periodRange({}, now())
  const moodsShared = decideAccess(readerId, 'read', { kind: 'mood_log', ownerId: link.ownerId }, [
    link,
  ]).allowed
  const [interviews, attemptDays, cards, moods] = await Promise.all([
    repositories.progress.interviewFacts(link.ownerId, range),
    repositories.progress.attemptDays(link.ownerId, range),
    repositories.progress.cards(link.ownerId, MASTERED_INTERVAL_DAYS),
    moodsShared ? repositories.moods.list(link.ownerId, range) : Promise.resolve([]),
  ])
  const series = progressSeries({ interviews, attemptDays, cards, moods })
  await noteOpening(context, link, 'progress', null)
  return {
    link: linkView(link),
    progress: {
      totals: series.totals,
      ratings: { trends: series.ratings.trends },
      causes: series.causes,
      stages: series.stages,
      rehearsal: series.rehearsal,
      lessons: {
        actionsTotal: series.lessons.actionsTotal,
        actionsDone: series.lessons.actionsDone,
        appliedTotal: series.lessons.appliedTotal,
        offeredTotal: series.lessons.offeredTotal,
      },
      moods: series.moods,
    },
  }
}
