import { answerMaterial, researchMaterial } from '../../../domain/preparation/pitch-material'
import type { Repositories } from '../../repositories'
import { foldForSearch } from '../../repositories/text-search'
import { ownedInterview } from '../interviews/owned-interview'

/**
 * What the pitch builder offers for "Why this company": the research notes of the interview's
 * company (when the pitch is opened from an interview) and the better answers already written to
 * a "why us?" question.
 */
export async function pitchMaterial(
  repositories: Repositories,
  userId: string,
  interviewId: string | undefined,
) {
  const owned = interviewId === undefined ? null : await ownedInterview(repositories, userId, interviewId)
  const company = owned?.application.company ?? null
  const [research, interviews, debriefs, cards] = await Promise.all([
    company === null ? null : repositories.preparation.research(userId, foldForSearch(company.trim())),
    repositories.interviews.list(userId),
    repositories.debriefs.listContents(userId),
    repositories.cards.list(userId),
  ])
  const byId = new Map(interviews.map((i) => [i.id, i]))
  const sources = debriefs.flatMap(({ interviewId: id, content }) => {
    const from = byId.get(id)
    return from
      ? [
          {
            interviewId: id,
            company: from.company,
            date: from.date,
            questions: content.questions,
            destabilizing: content.destabilizing,
          },
        ]
      : []
  })
  return {
    interview: owned ? { id: owned.interview.id, company: owned.application.company } : null,
    research: researchMaterial(research).map(({ item, notes }) => ({ item, notes })),
    answers: answerMaterial(sources, cards, company),
  }
}
