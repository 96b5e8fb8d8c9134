import { carriedIntoPlan, readiness } from '../../../domain/preparation/plan'
import { lessonKey, lessonsToReread } from '../../../domain/preparation/reread'
import type { Repositories } from '../../repositories'
import { foldForSearch } from '../../repositories/text-search'
import { ownedInterview } from '../interviews/owned-interview'
import { cardsFittingInterview } from '../rehearsal/cards-for-interview'

/**
 * The actions flagged "check before my next interview" in the debriefs of earlier interviews,
 * from any application, that this interview's plan carries (see `carriedIntoPlan`).
 */
export async function carriedActionsFor(
  repositories: Repositories,
  userId: string,
  interview: { id: string; date: string },
  appliedActionIds: readonly string[],
) {
  return carriedFrom(await historyOf(repositories, userId), interview, appliedActionIds)
}

/** The person's interviews, debriefs and completed actions: what the carried parts of a plan read. */
async function historyOf(repositories: Repositories, userId: string) {
  const [interviews, debriefs, completions] = await Promise.all([
    repositories.interviews.list(userId),
    repositories.debriefs.listContents(userId),
    repositories.preparation.completions(userId),
  ])
  return { byId: new Map(interviews.map((i) => [i.id, i])), debriefs, completions }
}
type History = Awaited<ReturnType<typeof historyOf>>

function carriedFrom(
  { byId, debriefs, completions }: History,
  interview: { id: string; date: string },
  appliedActionIds: readonly string[],
) {
  const plan = { interviewId: interview.id, date: interview.date }
  const completedFrom = (actionId: string) => {
    const from = byId.get(completions.get(actionId) ?? '')
    return from ? { interviewId: from.id, date: from.date } : null
  }
  return debriefs.flatMap(({ interviewId: source, content }) => {
    const from = byId.get(source)
    if (!from || !(from.date < interview.date)) return []
    return content.lessons.flatMap((lesson) =>
      lesson.actions
        .filter((a) => a.checkBeforeNext && a.text.trim())
        .filter((a) =>
          carriedIntoPlan(
            {
              status: a.status,
              completedFrom: completedFrom(a.id),
              applied: appliedActionIds.includes(a.id),
            },
            plan,
          ),
        )
        .map((action) => ({
          sourceInterviewId: source,
          company: from.company,
          lessonId: lesson.id,
          lesson: lesson.text,
          action,
        })),
    )
  })
}

/** The whole preparation plan for an interview, assembled from the user's history. */
export async function buildPlan(repositories: Repositories, userId: string, interviewId: string, now: Date) {
  const { interview, application } = await ownedInterview(repositories, userId, interviewId)
  const companyKey = foldForSearch(application.company.trim())
  const [research, prep, pitches] = await Promise.all([
    repositories.preparation.research(userId, companyKey),
    repositories.preparation.prep(userId, interview.id),
    repositories.preparation.pitches(userId),
  ])
  const history = await historyOf(repositories, userId)
  const carriedActions = carriedFrom(history, interview, prep.appliedActionIds)
  // A lesson none of whose actions the plan carries is still there to reread.
  const lessons = lessonsToReread(
    history.debriefs.flatMap(({ interviewId, content }) => {
      const from = history.byId.get(interviewId)
      return from ? [{ interviewId, company: from.company, date: from.date, lessons: content.lessons }] : []
    }),
    interview.date,
    new Set(carriedActions.map((c) => lessonKey(c.sourceInterviewId, c.lessonId))),
  )
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
    lessonsToReread: lessons,
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
