import type { User } from '../../../shared/schemas/auth'
import type { UserRecord } from '../../repositories/users.repository'

/** What the API shows of a user: never the password hash. */
export const toPublicUser = (user: UserRecord): User => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  language: user.language,
  timeZone: user.timeZone,
  createdAt: user.createdAt,
})
