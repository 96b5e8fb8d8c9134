import { readiness } from '../../../domain/preparation/plan'
import { ApiError } from '../../errors'
import type { Repositories } from '../../repositories'
import { foldForSearch } from '../../repositories/text-search'
import { cardsFittingInterview } from '../rehearsal/fit'

/** The interview with its application, or a 404 whether it does not exist or is someone else's. */
export async function interviewContext(repositories: Repositories, userId: string, interviewId: string) {
  const interview = await repositories.interviews.find(userId, interviewId)
  const application = interview && (await repositories.applications.find(userId, interview.applicationId))
  if (!interview || !application) throw new ApiError('not_found')
  return { interview, application }
}

/** The whole preparation plan for an interview, assembled from the user's history. */
export async function buildPlan(repositories: Repositories, userId: string, interviewId: string, now: Date) {
  const { interview, application } = await interviewContext(repositories, userId, interviewId)
  const companyKey = foldForSearch(application.company.trim())
  const [interviews, debriefs, research, prep, pitches] = await Promise.all([
    repositories.interviews.list(userId),
    repositories.debriefs.listContents(userId),
    repositories.preparation.research(userId, companyKey),
    repositories.preparation.prep(userId, interview.id),
    repositories.preparation.pitches(userId),
  ])
  const earlier = new Map(interviews.filter((i) => i.date < interview.date).map((i) => [i.id, i]))
  const carriedActions = debriefs.flatMap(({ interviewId: source, content }) => {
    const from = earlier.get(source)
    if (!from) return []
    return content.lessons.flatMap((lesson) =>
      lesson.actions
        .filter((a) => a.checkBeforeNext && a.text.trim())
        .map((action) => ({
          sourceInterviewId: source,
          company: from.company,
          lessonId: lesson.id,
          lesson: lesson.text,
          action,
        })),
    )
  })
  const likelyQuestions = await cardsFittingInterview(repositories, userId, interview, application)
  const pitch = pitches[0] ?? null
  return {
    interview: {
      id: interview.id,
      company: application.company,
      role: application.role,
      stage: interview.stage,
      date: interview.date,
    },
    upcoming: new Date(interview.date).getTime() > now.getTime(),
    carriedActions,
    research,
    questionsToAsk: prep.questionsToAsk,
    logistics: prep.logistics,
    appliedActionIds: prep.appliedActionIds,
    pitch,
    likelyQuestions,
    readiness: readiness({
      carriedActions: carriedActions.map((c) => c.action),
      research,
      questionsToAsk: prep.questionsToAsk,
      logistics: prep.logistics,
      hasPitch: pitch !== null,
    }),
  }
}
