import { describe, expect, it } from 'vitest'
import { testDatabases } from '../test-support/databases'
import { migrateToLatest } from './migrate'
import { migrations } from './migrations'

describe.each(testDatabases)('migrations on $kind', (database) => {
  it('migrate a database next to another one already migrated, and run once', async () => {
    // On PostgreSQL each handle is its own schema of the same database.
    const first = await database.open()
    const second = await database.open()
    try {
      await migrateToLatest(first.db)
      const result = await migrateToLatest(second.db)
      expect(result.results?.map((r) => r.migrationName)).toEqual(Object.keys(migrations))
      expect((await migrateToLatest(second.db)).results).toEqual([])
    } finally {
      await first.close()
      await second.close()
    }
  })
})
