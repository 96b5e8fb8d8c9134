import { afterEach, beforeEach } from 'vitest'
import type { DatabaseHandle } from '../db/connection'
import { migrateToLatest } from '../db/migrate'
import { createRepositories, type Repositories } from '../repositories'
import type { NewApplication } from '../repositories/applications.repository'
import type { NewInterview } from '../repositories/interviews.repository'
import type { TestDatabase } from './databases'

export type MigratedDatabase = { handle: DatabaseHandle; repos: Repositories }

/** A migrated throw-away database and its repositories, for repository tests. */
export async function migratedRepositories(database: TestDatabase): Promise<MigratedDatabase> {
  const handle = await database.open()
  await migrateToLatest(handle.db)
  return { handle, repos: createRepositories(handle.db) }
}

/**
 * For each test of the enclosing `describe`: a migrated throw-away database and its repositories,
 * closed after the test. The fields change from test to test: read them inside a test or a hook.
 */
export function migratedPerTest(database: TestDatabase): MigratedDatabase {
  const migrated = {} as MigratedDatabase
  beforeEach(async () => {
    Object.assign(migrated, await migratedRepositories(database))
  })
  afterEach(async () => {
    await migrated.handle?.close()
  })
  return migrated
}

/** Accounts with these ids (and `<id>@example.com`), enough for rows that belong to someone. */
export async function insertUsers(repos: Repositories, ids: readonly string[], createdAt: string) {
  for (const id of ids) {
    await repos.users.insert({
      id,
      email: `${id}@example.com`,
      passwordHash: 'x',
      displayName: id,
      language: 'fr',
      createdAt,
    })
  }
}

/** An active application of `userId`; the fields a test does not name are empty. */
export const insertApplication = (
  repos: Repositories,
  userId: string,
  application: Pick<NewApplication, 'id' | 'company' | 'role' | 'createdAt'> & Partial<NewApplication>,
) =>
  repos.applications.insert(userId, {
    postingUrl: '',
    source: '',
    status: 'active',
    notes: '',
    ...application,
  })

/** A pending interview of `userId`; the fields a test does not name are empty. */
export const insertInterview = (
  repos: Repositories,
  userId: string,
  interview: Pick<NewInterview, 'id' | 'applicationId' | 'date' | 'stage' | 'createdAt'> &
    Partial<NewInterview>,
) =>
  repos.interviews.insert(userId, {
    format: null,
    interviewers: [],
    durationMinutes: null,
    outcome: 'pending',
    gutFeeling: null,
    note: '',
    ...interview,
  })

/**
 * The accounts u1 and u2 (the stranger), created when the application is, and u1's application;
 * the fields a test does not name are empty.
 */
export async function insertOwnerWithApplication(
  repos: Repositories,
  application: Parameters<typeof insertApplication>[2],
) {
  await insertUsers(repos, ['u1', 'u2'], application.createdAt)
  await insertApplication(repos, 'u1', application)
}

/**
 * The usual world of a repository test: the accounts u1 and u2 (the stranger), and u1's application
 * a1 with a first-round interview at `createdAt` for each id given.
 */
export async function insertOwnerWithInterviews(
  repos: Repositories,
  createdAt: string,
  interviewIds: readonly string[],
  application: { company: string; role: string } = { company: 'Decathlon', role: 'Analyste' },
) {
  await insertOwnerWithApplication(repos, { id: 'a1', ...application, createdAt })
  for (const id of interviewIds) {
    await insertInterview(repos, 'u1', { id, applicationId: 'a1', date: createdAt, stage: 'hr', createdAt })
  }
}
