import { ApiError } from '../../errors'
import type { Repositories } from '../../repositories'

/** The interview with its application, or a 404 whether it does not exist or is someone else's. */
export async function ownedInterview(repositories: Repositories, userId: string, interviewId: string) {
  const interview = await repositories.interviews.find(userId, interviewId)
  const application = interview && (await repositories.applications.find(userId, interview.applicationId))
  if (!interview || !application) throw new ApiError('not_found')
  return { interview, application }
}

/** The application, or a 404 whether it does not exist or is someone else's. */
export async function ownedApplication(repositories: Repositories, userId: string, applicationId: string) {
  const application = await repositories.applications.find(userId, applicationId)
  if (!application) throw new ApiError('not_found')
  return application
}
