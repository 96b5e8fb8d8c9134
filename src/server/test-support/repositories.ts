import type { DatabaseHandle } from '../db/connection'
import { migrateToLatest } from '../db/migrate'
import { createRepositories, type Repositories } from '../repositories'
import type { TestDatabase } from './databases'

/** A migrated throw-away database and its repositories, for repository tests. */
export async function migratedRepositories(
  database: TestDatabase,
): Promise<{ handle: DatabaseHandle; repos: Repositories }> {
  const handle = await database.open()
  await migrateToLatest(handle.db)
  return { handle, repos: createRepositories(handle.db) }
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
