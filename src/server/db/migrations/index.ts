import type { Migration } from 'kysely'
import * as accounts from './0001-accounts'
import * as interviews from './0002-interviews'
import * as rehearsal from './0003-rehearsal'
import * as spokenPractice from './0004-spoken-practice'
import * as feedback from './0005-feedback'
import * as preparation from './0006-preparation'
import * as progress from './0007-progress'
import * as prepCompletedActions from './0008-prep-completed-actions'
import * as oneRowPerIdentity from './0009-one-row-per-identity'
import * as accountsHardening from './0010-accounts-hardening'
import * as userTimeZone from './0011-user-time-zone'
import * as reboundMoodAndSteps from './0012-rebound-mood-and-steps'
import * as mockInterviews from './0015-mock-interviews'
import * as rateLimits from './0016-rate-limits'
import * as mockAnswerAudio from './0017-mock-answer-audio'
import * as passwordResetTokens from './0018-password-reset-tokens'
import * as calendarFeeds from './0019-calendar-feeds'
import * as attemptDelivery from './0020-attempt-delivery'
import * as importSources from './0021-import-sources'
import * as sharingLinks from './0022-sharing-links'
import * as sharingReviews from './0023-sharing-reviews'
import * as mockAnswerDelivery from './0024-mock-answer-delivery'

/** Every migration, in order. Names sort by their numeric prefix; add new ones at the end. */
export const migrations: Record<string, Migration> = {
  '0001-accounts': accounts,
  '0002-interviews': interviews,
  '0003-rehearsal': rehearsal,
  '0004-spoken-practice': spokenPractice,
  '0005-feedback': feedback,
  '0006-preparation': preparation,
  '0007-progress': progress,
  '0008-prep-completed-actions': prepCompletedActions,
  '0009-one-row-per-identity': oneRowPerIdentity,
  '0010-accounts-hardening': accountsHardening,
  '0011-user-time-zone': userTimeZone,
  '0012-rebound-mood-and-steps': reboundMoodAndSteps,
  '0015-mock-interviews': mockInterviews,
  '0016-rate-limits': rateLimits,
  '0017-mock-answer-audio': mockAnswerAudio,
  '0018-password-reset-tokens': passwordResetTokens,
  '0019-calendar-feeds': calendarFeeds,
  '0020-attempt-delivery': attemptDelivery,
  '0021-import-sources': importSources,
  '0022-sharing-links': sharingLinks,
  '0023-sharing-reviews': sharingReviews,
  '0024-mock-answer-delivery': mockAnswerDelivery,
}
