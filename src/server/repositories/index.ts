import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { createAccountDataRepository } from './account-data.repository'
import { createApplicationsRepository } from './applications.repository'
import { createAttemptsRepository } from './attempts.repository'
import { createCalendarFeedsRepository } from './calendar-feeds.repository'
import { createCardsRepository } from './cards.repository'
import { createDebriefsRepository } from './debriefs.repository'
import { createFeedbackRepository } from './feedback.repository'
import { createInterviewsRepository } from './interviews.repository'
import { createLocksRepository } from './locks.repository'
import { createLoginThrottleRepository } from './login-throttle.repository'
import { createMockInterviewsRepository } from './mock-interviews.repository'
import { createMoodsRepository } from './moods.repository'
import { createPasswordResetsRepository } from './password-resets.repository'
import { createPreparationRepository } from './preparation.repository'
import { createProgressRepository } from './progress.repository'
import { createRateLimitsRepository } from './rate-limits.repository'
import { createReboundsRepository } from './rebounds.repository'
import { createSessionsRepository } from './sessions.repository'
import { createSharingRepository } from './sharing.repository'
import { createSharingLogRepository } from './sharing-log.repository'
import { createSharingReviewsRepository } from './sharing-reviews.repository'
import { createUsersRepository } from './users.repository'

export function createRepositories(db: Kysely<Database>) {
  return {
    users: createUsersRepository(db),
    sessions: createSessionsRepository(db),
    loginThrottle: createLoginThrottleRepository(db),
    rateLimits: createRateLimitsRepository(db),
    applications: createApplicationsRepository(db),
    interviews: createInterviewsRepository(db),
    debriefs: createDebriefsRepository(db),
    cards: createCardsRepository(db),
    attempts: createAttemptsRepository(db),
    feedback: createFeedbackRepository(db),
    preparation: createPreparationRepository(db),
    progress: createProgressRepository(db),
    rebounds: createReboundsRepository(db),
    moods: createMoodsRepository(db),
    locks: createLocksRepository(db),
    mockInterviews: createMockInterviewsRepository(db),
    passwordResets: createPasswordResetsRepository(db),
    calendarFeeds: createCalendarFeedsRepository(db),
    accountData: createAccountDataRepository(db),
    sharing: createSharingRepository(db),
    sharingLog: createSharingLogRepository(db),
    sharingReviews: createSharingReviewsRepository(db),
  }
}

export type Repositories = ReturnType<typeof createRepositories>
