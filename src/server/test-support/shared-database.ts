import { afterAll, afterEach, beforeAll } from 'vitest'
import type { TestDatabase } from './databases'
import { type MigratedDatabase, migratedRepositories } from './repositories'

/**
 * One migrated database for every test of the enclosing `describe`, emptied of every account
 * (and so, through the cascades, of every row they own) after each test. A migration costs more
 * than most repository tests on PostgreSQL; this keeps a file in a few hundred milliseconds. The
 * fields are set once the suite starts: read them inside a test or a hook.
 */
export function migratedPerFile(database: TestDatabase): MigratedDatabase {
  const migrated = {} as MigratedDatabase
  beforeAll(async () => {
    Object.assign(migrated, await migratedRepositories(database))
  })
  afterEach(async () => {
    await migrated.handle.db.deleteFrom('users').execute()
  })
  afterAll(async () => {
    await migrated.handle?.close()
  })
  return migrated
}
